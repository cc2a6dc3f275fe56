import type { ObjectionRow, ProposalRow, ReviewSummary, TalkRow } from '../common/contract/review'
import type { ObjectionDoc, ReviewDoc, TalkDoc } from '../common/db/models/review'
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

/** The member ids an objection row names (for `namesOf`). */
export const objectionPeople = (objection: ObjectionDoc): string[] => [
  objection.memberId,
  objection.byId,
  ...(objection.answeredBy ? [objection.answeredBy] : []),
]

export const objectionRow = (objection: ObjectionDoc, names: Map<string, string>): ObjectionRow => ({
  id: objection._id,
  about: refOf(names, objection.memberId),
  by: refOf(names, objection.byId),
  text: objection.text,
  at: new Date(objection.at).toISOString(),
  answer:
    objection.answer && objection.answeredBy && objection.answeredAt
      ? {
          text: objection.answer,
          by: refOf(names, objection.answeredBy),
          at: new Date(objection.answeredAt).toISOString(),
        }
      : null,
})
