import type { ProposalRow, ReviewSummary, TalkRow } from '../common/contract/review'
import type { ReviewDoc, TalkDoc } from '../common/db/models/review'
import { phaseOf } from './rules/phase'
import { refOf } from './store'

/** Result shapes of the review function. */

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null)

export const summaryOf = (review: ReviewDoc, now: Date): ReviewSummary => ({
  id: review._id,
  branchId: review.branchId,
  year: review.year,
  phase: phaseOf(review, now),
  closesAt: new Date(review.closesAt).toISOString(),
  publicityEndsAt: iso(review.publicityEndsAt),
  excellentPercent: review.excellentPercent,
  memberCount: review.memberIds.length,
})

export const proposalRows = (review: ReviewDoc, names: Map<string, string>): ProposalRow[] | null =>
  review.proposal?.map((item) => ({ ...refOf(names, item.memberId), grade: item.grade, reason: item.reason })) ?? null

export const talkRow = (talk: TalkDoc, names: Map<string, string>): TalkRow => ({
  id: talk._id,
  by: refOf(names, talk.byId),
  with: refOf(names, talk.withId),
  on: talk.on,
  kind: talk.kind,
  topic: talk.topic,
  notes: talk.notes,
})
