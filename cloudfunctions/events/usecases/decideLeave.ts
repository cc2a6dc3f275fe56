import type { LeaveView } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { findLeave, getEventDoc, leavesOf, membersById } from '../store'
import { tellLeaveDecision } from '../tellLeaveDecision'
import { toLeaveView } from '../views'

/**
 * The secretary approves or rejects (with a reason the member reads) a pending
 * leave request; the member is told if they opted in to 请假审批结果.
 */
export const decideLeave = async (
  { db, caller, now }: Context,
  input: { eventId: string; memberId: string; approve: boolean; note?: string },
): Promise<LeaveView> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', event.branchId)
  const leave = await findLeave(db, event._id, input.memberId)
  if (!leave) throw new AppError('NOT_FOUND', '请假申请不存在')
  if (leave.status !== 'pending') throw new AppError('LEAVE_DECIDED')
  const decision = {
    status: input.approve ? ('approved' as const) : ('rejected' as const),
    decidedBy: caller.member._id,
    decidedAt: now,
    decisionNote: input.approve ? null : (input.note ?? null),
  }
  // Conditional on still pending: two decisions at once cannot both land.
  const { stats } = await leavesOf(db)
    .where({ _id: attendanceId(event._id, input.memberId), status: 'pending' })
    .update({ data: decision })
  if (stats.updated !== 1) throw new AppError('LEAVE_DECIDED')
  const decided = { ...leave, ...decision }
  const names = await membersById(db, [leave.memberId, caller.member._id])
  await tellLeaveDecision(db, event, decided, names.get(leave.memberId), now)
  return toLeaveView(decided, event, names)
}
