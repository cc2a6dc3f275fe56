import type { LeaveView } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import type { EventDoc, LeaveDoc } from '../../common/db/models/events'
import type { Database } from '../../common/db/database'
import { findLeave, getEventDoc, leavesOf, membersById } from '../store'
import { tellLeaveDecision } from '../tellLeaveDecision'
import { toLeaveView } from '../views'
import { placeOf } from '../../common/db/units'

const statusOf = (approve: boolean) => (approve ? ('approved' as const) : ('rejected' as const))

/**
 * A leave decided already: the same decision again (a double tap, a retry
 * after a lost answer) answers it as it stands and tells nobody twice; the
 * opposite decision is refused.
 */
const alreadyDecided = async (db: Database, event: EventDoc, leave: LeaveDoc | null, approve: boolean) => {
  if (!leave) throw new AppError('NOT_FOUND', '请假申请不存在')
  if (leave.status !== statusOf(approve)) throw new AppError('LEAVE_DECIDED')
  return toLeaveView(leave, event, await membersById(db, [leave.memberId, leave.decidedBy ?? leave.memberId]))
}

/**
 * The secretary approves or rejects (with a reason the member reads) a pending
 * leave request; the member is told if they opted in to 请假审批结果.
 */
export const decideLeave = async (
  { db, caller, now }: Context,
  input: { eventId: string; memberId: string; approve: boolean; note?: string },
): Promise<LeaveView> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  const leave = await findLeave(db, event._id, input.memberId)
  if (leave?.status !== 'pending') return alreadyDecided(db, event, leave, input.approve)
  const decision = {
    status: statusOf(input.approve),
    decidedBy: caller.member._id,
    decidedAt: now,
    decisionNote: input.approve ? null : (input.note ?? null),
  }
  // Conditional on still pending: two decisions at once cannot both land.
  const { stats } = await leavesOf(db)
    .where({ _id: attendanceId(event._id, input.memberId), status: 'pending' })
    .update({ data: decision })
  if (stats.updated !== 1)
    return alreadyDecided(db, event, await findLeave(db, event._id, input.memberId), input.approve)
  const decided = { ...leave, ...decision }
  const names = await membersById(db, [leave.memberId, caller.member._id])
  await tellLeaveDecision(db, event, decided, names.get(leave.memberId), now)
  return toLeaveView(decided, event, names)
}
