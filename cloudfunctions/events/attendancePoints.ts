import { EVENT_TYPE_LABELS } from '../common/contract/eventTypes'
import type { Transaction } from '../common/db/database'
import type { EventDoc } from '../common/db/models/events'
import { prepareGrant, type Grant, type PreparedGrant } from '../common/points/grantPoints'

/** The ledger key of one member's attendance grant: one per check-in. */
export const attendancePointsKey = (eventId: string, memberId: string) => `attend:${eventId}:${memberId}`

/** The attendance grant of one member at one event (also the demo seed's history). */
export const attendanceGrant = (
  event: Pick<EventDoc, '_id' | 'branchId' | 'type' | 'title'>,
  memberId: string,
  grantedBy: string,
): Grant => ({
  memberId,
  branchId: event.branchId,
  category: 'attendance',
  subtype: event.type,
  key: attendancePointsKey(event._id, memberId),
  reason: `参加${EVENT_TYPE_LABELS[event.type]}：${event.title}`,
  source: { kind: 'event', id: event._id },
  createdBy: grantedBy,
})

/**
 * An attended event earns study points through the points ledger, inside the
 * check-in's own transaction (this is the grant's read half; the check-in
 * writes it with `writeGrant` alongside its own writes). The key matches the check-in one to one, so a
 * retried check-in can never earn twice; yearly caps per type are the points
 * rules' business (a capped grant still lets the check-in through).
 */
export const prepareAttendancePoints = (
  tx: Transaction,
  event: Pick<EventDoc, '_id' | 'branchId' | 'type' | 'title'>,
  memberId: string,
  grantedBy: string,
  now: Date,
): Promise<PreparedGrant> => prepareGrant(tx, attendanceGrant(event, memberId, grantedBy), now)
