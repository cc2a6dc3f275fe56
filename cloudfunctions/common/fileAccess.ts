import { createHash } from 'node:crypto'
import type { Caller } from './caller'
import { collections } from './db/collections'
import type { Database } from './db/database'
import { findMember } from './db/members'
import type { FileDoc } from './db/models/files'
import type { EventDoc } from './db/models/events'
import type { MemberDoc } from './db/models/members'
import type { NoticeDoc } from './db/models/notices'
import type { ClaimDoc, MaterialDoc } from './db/models/points'
import { AppError } from './errors'
import { MAX_UPLOAD_BYTES, fileTypeOf, type FileType } from './fileTypes'
import { isAddressedTo, managesNotice, type BranchPlaces } from './notices/audience'
import { placesOf } from './db/units'
import { rootPlace } from './db/models/units'
import { administers, managesBranch, readsBranch, type Place } from './rules/access'

/**
 * THE file rule, shared by the local host (`/files/<name>`) and the cloud
 * (temporary URLs): a file is readable by its uploader, and by whoever may see
 * a record that references it, when the uploader could have attached it there
 * (so nobody gains access by attaching someone else's file id). An export is
 * readable only by whoever made it, for EXPORT_TTL_MS.
 */
export const EXPORT_TTL_MS = 30 * 60 * 1000

export const fileKey = (fileID: string): string => createHash('sha1').update(fileID).digest('hex')

const files = (db: Database) => db.collection<FileDoc>(collections.files.name)

/** Only bound, active members upload. */
export const assertUploader = (caller: Caller): void => {
  if (!caller.member) throw new AppError('NOT_BOUND')
  if (caller.member.status !== 'active') throw new AppError('FORBIDDEN', '您的党员状态不是正常，无法上传文件')
}

/** An upload is taken from a bound, active member only, of an allowed type proven by its content. */
export const acceptUpload = (caller: Caller, name: string, content: Buffer): FileType => {
  assertUploader(caller)
  if (content.length > MAX_UPLOAD_BYTES) throw new AppError('INVALID_INPUT', '文件不能超过 10 MB')
  const type = fileTypeOf(name, content)
  if (!type)
    throw new AppError(
      'INVALID_INPUT',
      '文件类型不支持或与扩展名不符：仅支持图片（jpg、png、gif、webp）、视频（mp4）和文档（pdf、Word、Excel、PPT、txt、csv）',
    )
  return type
}

interface StoredFile {
  fileID: string
  ownerId: string
  name: string
  type: Pick<FileType, 'mime' | 'inline'>
  size: number
  now: Date
  expiresAt?: Date
}

/** The owner recorded for a file, if any: a recorded file never changes owner. */
export const recordedOwner = async (db: Database, fileID: string): Promise<string | null> =>
  (
    await files(db)
      .where({ _id: fileKey(fileID) })
      .limit(1)
      .get()
  ).data[0]?.ownerId ?? null

/** Records who owns a stored file; a second record of the same file fails (duplicate key) instead of changing its owner. */
export const recordFile = async (db: Database, file: StoredFile): Promise<void> => {
  const { fileID, ownerId, name, type, size, now } = file
  await files(db).add({
    data: {
      _id: fileKey(fileID),
      fileID,
      ownerId,
      name,
      mime: type.mime,
      inline: type.inline,
      size,
      createdAt: now,
      expiresAt: file.expiresAt ?? null,
    },
  })
}

type Reference =
  | { kind: 'notice'; record: NoticeDoc }
  | { kind: 'minutes'; record: EventDoc }
  | { kind: 'claim'; record: ClaimDoc }
  | { kind: 'material'; record: MaterialDoc }

const referencesTo = async (db: Database, fileID: string): Promise<Reference[]> => {
  const find = <T>(name: string, filter: Record<string, unknown>) =>
    db.collection<T>(name).where(filter).limit(20).get()
  const [notices, events, claims, materials] = await Promise.all([
    find<NoticeDoc>(collections.notices.name, { 'attachments.fileID': fileID }),
    find<EventDoc>(collections.events.name, { 'minutes.photos': fileID }),
    find<ClaimDoc>(collections.pointsClaims.name, { photoFileID: fileID }),
    find<MaterialDoc>(collections.studyMaterials.name, { videoFileID: fileID }),
  ])
  return [
    ...notices.data.map((record) => ({ kind: 'notice' as const, record })),
    ...events.data.map((record) => ({ kind: 'minutes' as const, record })),
    ...claims.data.map((record) => ({ kind: 'claim' as const, record })),
    ...materials.data.map((record) => ({ kind: 'material' as const, record })),
  ]
}

/** The branch a reference belongs to (a notice has several, and its own rule; an organisation-wide material none). */
const branchOf = (reference: Reference): string | null =>
  reference.kind === 'notice' ? null : (reference.record.branchId ?? null)

/** Where a notice's branches hang, for the reader and for the uploader (each as `placesOf` reads them for that member). */
interface NoticePlaces {
  reader: BranchPlaces
  owner: BranchPlaces
}

/** Who sees the record (the reader's place of its branch given), and whether the uploader could have put the file there. */
const referenceRules: {
  [K in Reference['kind']]: (
    record: Extract<Reference, { kind: K }>['record'],
    place: Place,
    noticePlaces: NoticePlaces,
  ) => {
    sees: (reader: MemberDoc) => boolean
    attaches: (owner: MemberDoc) => boolean
  }
} = {
  notice: (notice, _place, places) => ({
    sees: (reader) => isAddressedTo(notice, reader) || managesNotice(reader, notice, places.reader),
    attaches: (owner) => managesNotice(owner, notice, places.owner),
  }),
  minutes: (event, place) => ({
    sees: (reader) => readsBranch(reader, place),
    attaches: (owner) => managesBranch(owner, event.branchId),
  }),
  claim: (claim, place) => ({
    sees: (reader) =>
      reader._id === claim.memberId || managesBranch(reader, claim.branchId) || administers(reader, place),
    attaches: (owner) => owner._id === claim.memberId,
  }),
  material: (material, place) => ({
    sees: (reader) => !material.branchId || readsBranch(reader, place),
    attaches: (owner) =>
      material.branchId ? managesBranch(owner, material.branchId) : administers(owner, rootPlace(owner)),
  }),
}

const allows = (
  reference: Reference,
  place: Place,
  noticePlaces: NoticePlaces,
  reader: MemberDoc,
  owner: MemberDoc,
): boolean => {
  const rule = (
    referenceRules[reference.kind] as (
      record: unknown,
      place: Place,
      noticePlaces: NoticePlaces,
    ) => ReturnType<(typeof referenceRules)['notice']>
  )(reference.record, place, noticePlaces)
  return rule.sees(reader) && rule.attaches(owner)
}

/** The branches of the notices among the references, placed for the reader and for the uploader. */
const placesOfNotices = async (
  db: Database,
  references: Reference[],
  reader: MemberDoc,
  owner: MemberDoc,
): Promise<NoticePlaces> => {
  const branchIds = references.flatMap((reference) => (reference.kind === 'notice' ? reference.record.branchIds : []))
  if (!branchIds.length) return { reader: new Map(), owner: new Map() }
  const [readerPlaces, ownerPlaces] = await Promise.all([
    placesOf(db, reader, branchIds),
    placesOf(db, owner, branchIds),
  ])
  return { reader: readerPlaces, owner: ownerPlaces }
}

/** Whether any reference lets `reader` read the file `owner` uploaded. */
const anyAllows = async (db: Database, references: Reference[], reader: MemberDoc, owner: MemberDoc) => {
  const branchIds = references.map(branchOf).filter((id): id is string => id !== null)
  const [places, noticePlaces] = await Promise.all([
    placesOf(db, reader, branchIds),
    placesOfNotices(db, references, reader, owner),
  ])
  return references.some((reference) => {
    const branchId = branchOf(reference)
    const place = branchId ? (places.get(branchId) as Place) : rootPlace(reader)
    return allows(reference, place, noticePlaces, reader, owner)
  })
}

/** The file's record when `caller` may read it; null when it is missing or not theirs to see (the same answer). */
export const readableFile = async (
  db: Database,
  caller: Caller,
  fileID: string,
  now: Date,
): Promise<FileDoc | null> => {
  const reader = caller.member
  if (!reader || reader.status !== 'active') return null
  const { data } = await files(db)
    .where({ _id: fileKey(fileID) })
    .limit(1)
    .get()
  const file = data[0]
  if (!file) return null
  if (file.expiresAt) return file.ownerId === reader._id && new Date(file.expiresAt) > now ? file : null
  if (file.ownerId === reader._id) return file
  const [owner, references] = await Promise.all([findMember(db, file.ownerId), referencesTo(db, fileID)])
  return owner && (await anyAllows(db, references, reader, owner)) ? file : null
}
