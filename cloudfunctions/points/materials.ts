import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { MaterialDoc, StudySessionDoc } from '../common/db/models/points'
import type { Grant } from '../common/points/grantPoints'
import { AppError } from '../common/errors'
import { administers, managesBranch, readsBranch, visibleOrMissing, type Place } from '../common/rules/access'
import { placeOf } from '../common/db/units'
import { rootPlace } from '../common/db/models/units'

export const sessionId = (materialId: string, memberId: string) => `${materialId}:${memberId}`
export const studyKey = (materialId: string, memberId: string) => `study:${materialId}:${memberId}`

/** The grant for completing a material (also the demo seed's history). */
export const studyGrant = (
  material: Pick<MaterialDoc, '_id' | 'title'>,
  me: Pick<MemberDoc, '_id' | 'branchId'>,
): Grant => ({
  memberId: me._id,
  branchId: me.branchId,
  category: 'study',
  key: studyKey(material._id, me._id),
  reason: `完成学习：${material.title}`,
  source: { kind: 'material', id: material._id },
  createdBy: 'system',
})

/** Where a material belongs: its branch, or the root for an organisation-wide one. */
const materialPlace = (db: Database, member: MemberDoc, material: MaterialDoc | undefined): Promise<Place> =>
  material?.branchId ? placeOf(db, member, material.branchId) : Promise.resolve(rootPlace(member))

/** A material with its place, if it exists and the member may read it; otherwise the missing answer. */
const readableMaterial = async (db: Database, member: MemberDoc, materialId: string) => {
  const found = await findMaterial(db, materialId)
  const place = await materialPlace(db, member, found)
  const material = visibleOrMissing('material', found, (doc) => !doc.branchId || readsBranch(member, place))
  return { material, place }
}

/** A material the member may study: organisation-wide ones, their own branch's, or those below a leader or admin; never a withdrawn one. */
export const visibleMaterial = async (db: Database, member: MemberDoc, materialId: string): Promise<MaterialDoc> => {
  const { material } = await readableMaterial(db, member, materialId)
  return visibleOrMissing('material', material, (doc) => !doc.withdrawnAt)
}

const findMaterial = async (db: Database, materialId: string): Promise<MaterialDoc | undefined> => {
  const { data } = await db
    .collection<MaterialDoc>(collections.studyMaterials.name)
    .where({ _id: materialId })
    .limit(1)
    .get()
  return data[0]
}

/**
 * A material the caller may edit or take down (withdrawn ones included): the
 * admin above it, a branch material's own secretary theirs. Another branch's material is missing to
 * them; one they can study but not manage is FORBIDDEN.
 */
export const managedMaterial = async (db: Database, member: MemberDoc, materialId: string): Promise<MaterialDoc> => {
  const { material, place } = await readableMaterial(db, member, materialId)
  const manages = administers(member, place) || (material.branchId !== null && managesBranch(member, material.branchId))
  if (!manages) throw new AppError('FORBIDDEN', '只有发布方可以修改或下架这份学习资料')
  return material
}

/** Video materials play from a URL or an uploaded file: exactly one of them. */
export const videoSource = (
  input: { kind: 'article' } | { kind: 'video'; videoUrl?: string; videoFileID?: string },
): Pick<MaterialDoc, 'videoUrl' | 'videoFileID'> => {
  if (input.kind === 'article') return { videoUrl: null, videoFileID: null }
  const videoUrl = input.videoUrl || null
  const videoFileID = input.videoFileID || null
  if (!videoUrl === !videoFileID) throw new AppError('INVALID_INPUT', '请填写视频地址或上传视频文件（二选一）')
  return { videoUrl, videoFileID }
}

export const findSession = async (db: Database, materialId: string, memberId: string) => {
  const { data } = await db
    .collection<StudySessionDoc>(collections.studySessions.name)
    .where({ _id: sessionId(materialId, memberId) })
    .limit(1)
    .get()
  return data[0]
}
