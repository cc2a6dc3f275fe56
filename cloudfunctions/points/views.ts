import {
  CATEGORY_LABELS,
  type Claim,
  type LedgerEntry,
  type Material,
  type MaterialSummary,
} from '../common/contract/points'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { ClaimDoc, LedgerDoc, MaterialDoc, StudySessionDoc } from '../common/db/models/points'

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null)

/** Names of the given members, in one request (ids are a page's worth, far under the 1,000 limit). */
/** The names of these documents (members, branches) by id: one request, whatever the collection's size. */
const namesIn = async (db: Database, collection: string, ids: string[]): Promise<Map<string, string>> => {
  const wanted = [...new Set(ids.filter((id) => id && id !== 'system'))]
  if (!wanted.length) return new Map()
  const { data } = await db
    .collection<Pick<MemberDoc, '_id' | 'name'>>(collection)
    .where({ _id: db.command.in(wanted) })
    .field({ name: true })
    .limit(1000)
    .get()
  return new Map(data.map((doc) => [doc._id, doc.name]))
}

export const memberNames = (db: Database, ids: string[]) => namesIn(db, collections.members.name, ids)

/** The names of the branches a list names (a ranking's 50), not of every branch. */
export const branchNames = (db: Database, ids: string[]) => namesIn(db, collections.units.name, ids)

export const nameOf = (names: Map<string, string>, id: string | null) =>
  !id ? '' : id === 'system' ? '系统' : (names.get(id) ?? '未知')

export const toLedgerEntry = (doc: LedgerDoc, names: Map<string, string>, reversedBy: string | null): LedgerEntry => ({
  id: doc._id,
  category: doc.category,
  categoryLabel: CATEGORY_LABELS[doc.category],
  subtype: doc.subtype,
  points: doc.points,
  requestedPoints: doc.requestedPoints,
  reason: doc.reason,
  capMessage: doc.capMessage,
  status: doc.status,
  ruleVersion: doc.ruleVersion,
  createdAt: new Date(doc.createdAt).toISOString(),
  createdByName: nameOf(names, doc.createdBy),
  reversedBy,
  reversalOf: doc.reversalOf,
})

export const toClaim = (doc: ClaimDoc, names: Map<string, string>): Claim => ({
  id: doc._id,
  memberId: doc.memberId,
  memberName: nameOf(names, doc.memberId),
  category: doc.category,
  title: doc.title,
  content: doc.content,
  photoFileID: doc.photoFileID,
  status: doc.status,
  createdAt: new Date(doc.createdAt).toISOString(),
  reviewedAt: iso(doc.reviewedAt),
  reviewerName: doc.reviewedBy ? nameOf(names, doc.reviewedBy) : null,
  rejectReason: doc.rejectReason,
  grantedPoints: doc.grantedPoints,
  grantMessage: doc.grantMessage,
})

const progressOf = (session: StudySessionDoc | undefined): MaterialSummary['progress'] =>
  !session ? 'new' : session.completedAt ? 'completed' : 'started'

export const toMaterialSummary = (
  doc: MaterialDoc,
  names: Map<string, string>,
  terms: { points: number; timed: boolean },
  session: StudySessionDoc | undefined,
): MaterialSummary => ({
  id: doc._id,
  title: doc.title,
  kind: doc.kind,
  requiredSeconds: doc.requiredSeconds,
  timed: terms.timed,
  points: terms.points,
  scope: doc.branchId ? 'branch' : 'organisation',
  publishedAt: new Date(doc.publishedAt).toISOString(),
  publisherName: nameOf(names, doc.publishedBy),
  progress: progressOf(session),
})

export const toMaterial = (
  doc: MaterialDoc,
  names: Map<string, string>,
  terms: { points: number; timed: boolean },
  session: StudySessionDoc | undefined,
): Material => ({
  ...toMaterialSummary(doc, names, terms, session),
  body: doc.body,
  videoUrl: doc.videoUrl,
  videoFileID: doc.videoFileID,
  startedAt: iso(session?.startedAt ?? null),
  completedAt: iso(session?.completedAt ?? null),
})
