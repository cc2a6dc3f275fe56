import type { Grade, ReviewPhase, TalkKind } from '../../contract/reviewLabels'
import type { ReviewFigures } from '../../contract/review'

export interface ProposalItemDoc {
  memberId: string
  grade: Grade
  reason: string
}

/** `_id` `<branchId>:<year>`: one 民主评议 per branch and year. */
export interface ReviewDoc {
  _id: string
  branchId: string
  year: number
  /** A stored `open` past `closesAt` reads as closed (review/rules/phase.ts). */
  status: ReviewPhase
  closesAt: Date
  /** The active members when it opened: who rates and who is rated. */
  memberIds: string[]
  excellentPercent: number
  openedBy: string
  openedAt: Date
  closedAt: Date | null
  proposal: ProposalItemDoc[] | null
  proposedBy: string | null
  proposedAt: Date | null
  publicizedAt: Date | null
  publicityEndsAt: Date | null
  finalisedAt: Date | null
  updatedAt: Date
}

export const reviewDocId = (branchId: string, year: number) => `${branchId}:${year}`

/** A new review as `openReview` stores it (also the seed's). */
export const reviewDoc = (
  fields: Pick<ReviewDoc, 'branchId' | 'year' | 'closesAt' | 'memberIds' | 'excellentPercent' | 'openedBy'>,
  now: Date,
): ReviewDoc => ({
  _id: reviewDocId(fields.branchId, fields.year),
  ...fields,
  status: 'open',
  openedAt: now,
  closedAt: null,
  proposal: null,
  proposedBy: null,
  proposedAt: null,
  publicizedAt: null,
  publicityEndsAt: null,
  finalisedAt: null,
  updatedAt: now,
})

/** `_id` = reviewId: the secret ballot ids are derived from. Deleted when voting closes. */
export interface ReviewKeyDoc {
  _id: string
  secret: string
}

/** `<reviewId>:<memberId>`: the member's 自评 and the number of ballots they cast (never which). */
export interface ReviewSheetDoc {
  _id: string
  reviewId: string
  branchId: string
  memberId: string
  selfText: string
  selfGrade: Grade | null
  selfAt: Date | null
  ballotsCast: number
}

export const sheetId = (reviewId: string, memberId: string) => `${reviewId}:${memberId}`

export const sheetDoc = (review: Pick<ReviewDoc, '_id' | 'branchId'>, memberId: string): ReviewSheetDoc => ({
  _id: sheetId(review._id, memberId),
  reviewId: review._id,
  branchId: review.branchId,
  memberId,
  selfText: '',
  selfGrade: null,
  selfAt: null,
  ballotsCast: 0,
})

/** An anonymous ballot: whom it rates and how, nothing about who or when. */
export interface BallotDoc {
  _id: string
  reviewId: string
  rateeId: string
  grade: Grade
}

export interface ObjectionDoc {
  _id: string
  reviewId: string
  branchId: string
  memberId: string
  byId: string
  text: string
  at: Date
  /** The secretary's answer (answerObjection); absent until answered. */
  answer?: string
  answeredBy?: string
  answeredAt?: Date
}

export interface TalkDoc {
  _id: string
  branchId: string
  byId: string
  withId: string
  /** The Shanghai day of the talk, `2026-11-30`. */
  on: string
  year: number
  kind: TalkKind
  topic: string
  notes: string
  createdAt: Date
}

export interface ReviewSettingsDoc {
  _id: 'review'
  excellentPercent: number
  /** Non-working dates for 公示 (YYYY-MM-DD); absent in settings saved before they existed. */
  holidays?: string[]
  workingWeekends?: string[]
  updatedBy: string
  updatedAt: Date
}

/** `<branchId>:<year>`: a branch's compiled review and talk figures (review/figures.ts), replaced on each compile. */
export interface ReviewFiguresDoc extends Omit<ReviewFigures, 'compiledAt'> {
  _id: string
  compiledAt: Date
}

export const figuresId = (branchId: string, year: number) => `${branchId}:${year}`

/** `_id` = the life_meeting event's id. */
export interface LifeMeetingDoc {
  _id: string
  branchId: string
  theme: string
  criticism: string
  recordedBy: string
  updatedAt: Date
}

/** `<eventId>:<memberId>`: a member's 对照检查材料 for a 组织生活会. */
export interface CheckMaterialDoc {
  _id: string
  eventId: string
  branchId: string
  memberId: string
  text: string
  at: Date
}

export const checkMaterialId = (eventId: string, memberId: string) => `${eventId}:${memberId}`

export interface RectificationDoc {
  _id: string
  eventId: string
  branchId: string
  item: string
  ownerId: string
  /** Shanghai day `2026-12-31`. */
  deadline: string
  status: 'open' | 'done'
  notes: { text: string; at: Date; byId: string }[]
  createdBy: string
  createdAt: Date
}
