import type { CheckinMethod, CheckinWay, EventStatus, EventType, LeaveStatus } from '../../contract/eventTypes'

export interface VenueDoc {
  name: string
  latitude: number | null
  longitude: number | null
  /** Metres around the venue within which a location check-in is accepted. */
  radius: number
}

/** 会议记录. host, recorder, agenda and decisions are absent on minutes recorded before they existed. */
export interface MinutesDoc {
  host?: string
  recorder?: string
  agenda?: string
  text: string
  decisions?: string
  photos: string[]
  recordedBy: string
  recordedAt: Date
}

/**
 * A 主题党日 or 三会一课 meeting. Plain fields (branchId, groupId, type, status,
 * start, end, expectedMemberIds, expectedCount) are what statistics aggregate.
 */
export interface EventDoc {
  _id: string
  branchId: string
  groupId: string | null
  type: EventType
  title: string
  agenda: string
  venue: VenueDoc
  start: Date
  end: Date
  /** The check-in window is [checkinOpensAt, end]. */
  checkinOpensAt: Date
  /** Check-ins after this instant are late (and still count). */
  lateAfter: Date
  /** Set when the secretary closed check-in before the end (absent: never closed early). */
  checkinClosedAt?: Date | null
  method: CheckinMethod
  expectedMemberIds: string[]
  expectedCount: number
  status: EventStatus
  /** HMAC key of the rotating code; never leaves the server. */
  secret: string
  minutes: MinutesDoc | null
  createdBy: string
  createdAt: Date
  updatedAt: Date
  cancelledAt: Date | null
  cancelledBy: string | null
  cancelReason: string | null
}

/** What the secretary plans (checked by the events function's `planEvent`). */
export type EventPlan = Pick<
  EventDoc,
  | 'type'
  | 'title'
  | 'agenda'
  | 'venue'
  | 'start'
  | 'end'
  | 'checkinOpensAt'
  | 'lateAfter'
  | 'groupId'
  | 'method'
  | 'expectedMemberIds'
  | 'expectedCount'
>

/** A newly planned event of `branchId` (the builder of the use case and the fixtures). */
export const eventDoc = (
  plan: EventPlan & Pick<EventDoc, '_id' | 'branchId' | 'secret'>,
  createdBy: string,
  createdAt: Date,
): EventDoc => ({
  ...plan,
  status: 'planned',
  minutes: null,
  checkinClosedAt: null,
  createdBy,
  createdAt,
  updatedAt: createdAt,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
})

export interface MakeupDoc {
  by: string
  reason: string
}

/** `_id` is `<eventId>:<memberId>`: one check-in per member per event, whatever retries arrive. */
export interface CheckinDoc {
  _id: string
  eventId: string
  branchId: string
  memberId: string
  at: Date
  late: boolean
  method: CheckinWay
  /** Metres from the venue for location check-ins, else null. */
  distance: number | null
  accuracy: number | null
  makeup: MakeupDoc | null
}

/** `_id` is `<eventId>:<memberId>`: one leave request per member per event. */
export interface LeaveDoc {
  _id: string
  eventId: string
  branchId: string
  memberId: string
  reason: string
  status: LeaveStatus
  requestedAt: Date
  decidedBy: string | null
  decidedAt: Date | null
  /** Why a request was rejected (the member sees it); absent on older documents. */
  decisionNote?: string | null
}

export const attendanceId = (eventId: string, memberId: string) => `${eventId}:${memberId}`
