import type { CheckInResult } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId, type CheckinDoc } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { recordCheckin } from '../recordCheckin'
import { findCheckin, findLeave, getEventDoc } from '../store'
import { placeOf } from '../../common/db/units'

/**
 * 补签: the secretary records that a member attended (a flat phone, no
 * signal). The reason, the secretary and the time are kept with the
 * check-in; it earns the same attendance points.
 */
export const makeUpCheckIn = async (
  { db, caller, now }: Context,
  input: { eventId: string; memberId: string; reason: string },
): Promise<CheckInResult> => {
  const [event, existing, leave] = await Promise.all([
    getEventDoc(db, input.eventId),
    findCheckin(db, input.eventId, input.memberId),
    findLeave(db, input.eventId, input.memberId),
  ])
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已取消，不能补签')
  if (now < new Date(event.checkinOpensAt)) throw new AppError('MAKEUP_TOO_EARLY')
  if (!event.expectedMemberIds.includes(input.memberId))
    throw new AppError('CHECKIN_NOT_EXPECTED', '该党员不在本次活动的参会范围内')
  if (existing) throw new AppError('CHECKIN_EXISTS')
  const checkin: CheckinDoc = {
    _id: attendanceId(event._id, input.memberId),
    eventId: event._id,
    branchId: event.branchId,
    memberId: input.memberId,
    at: now,
    late: false,
    method: 'makeup',
    distance: null,
    accuracy: null,
    makeup: { by: caller.member._id, reason: input.reason },
  }
  const result = await recordCheckin(db, { event, checkin, leave, grantedBy: caller.member._id }, now)
  if (!result.created) throw new AppError('CHECKIN_EXISTS')
  return result
}
