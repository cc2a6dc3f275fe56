import { assertTakesPart } from '../../common/rules/access'
import type { LeaveView } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId, type LeaveDoc } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { hasStarted } from '../rules/schedule'
import { findCheckin, findLeave, getEventDoc, leavesOf } from '../store'
import { toLeaveView } from '../views'
import { placeOf } from '../../common/db/units'

/**
 * 请假 before the start. Asking again while pending updates the reason; after
 * a rejection it asks anew; an approved leave stays as it is.
 */
export const requestLeave = async (
  { db, caller, now }: Context,
  input: { eventId: string; reason: string },
): Promise<LeaveView> => {
  const member = caller.member
  const event = await getEventDoc(db, input.eventId)
  assertTakesPart(member, 'event', await placeOf(db, member, event.branchId), '不能为其他支部的活动请假')
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已取消，无需请假')
  if (!event.expectedMemberIds.includes(member._id))
    throw new AppError('CHECKIN_NOT_EXPECTED', '您不在本次活动的参会范围内，无需请假')
  if (hasStarted(event, now)) throw new AppError('LEAVE_TOO_LATE')
  if (await findCheckin(db, event._id, member._id)) throw new AppError('LEAVE_AFTER_CHECKIN')
  const existing = await findLeave(db, event._id, member._id)
  if (existing?.status === 'approved') throw new AppError('LEAVE_ALREADY_APPROVED')
  const leave: LeaveDoc = {
    _id: attendanceId(event._id, member._id),
    eventId: event._id,
    branchId: event.branchId,
    memberId: member._id,
    reason: input.reason,
    status: 'pending',
    requestedAt: now,
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
  }
  const { _id, ...fields } = leave
  await leavesOf(db).doc(_id).set({ data: fields })
  return toLeaveView(leave, event, new Map([[member._id, member]]))
}
