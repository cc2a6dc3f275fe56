import type { LeaveView } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import type { EventDoc } from '../../common/db/models/events'
import { eventsOf, leavesOf, membersById } from '../store'
import { toLeaveView } from '../views'

/** The secretary's inbox: pending leave requests of their branch, soonest event first. */
export const listPendingLeaves = async ({ db, caller }: Context): Promise<LeaveView[]> => {
  const { data: leaves } = await leavesOf(db)
    .where({ branchId: caller.member.branchId, status: 'pending' })
    .limit(1000)
    .get()
  if (!leaves.length) return []
  const eventIds = [...new Set(leaves.map((leave) => leave.eventId))]
  const { data: events } = await eventsOf(db)
    .where({ _id: db.command.in(eventIds) })
    .limit(1000)
    .get()
  const byId = new Map<string, EventDoc>(events.map((event) => [event._id, event]))
  const names = await membersById(
    db,
    leaves.map((leave) => leave.memberId),
  )
  return leaves
    .flatMap((leave) => {
      const event = byId.get(leave.eventId)
      return event && event.status !== 'cancelled' ? [toLeaveView(leave, event, names)] : []
    })
    .sort((a, b) => a.eventStart.localeCompare(b.eventStart) || a.requestedAt.localeCompare(b.requestedAt))
}
