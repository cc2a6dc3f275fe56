import type { LifeMeetingView } from '../../common/contract/lifeMeeting'
import type { Context } from '../../common/handler'
import { assertSeesRecord } from '../../common/rules/access'
import { assertLifeMeeting, eventRecord, lifeMeetingView } from '../lifeMeetings'
import { placeOf } from '../../common/db/units'

/** A 组织生活会's record: the branch and org-wide readers; 对照检查材料 of others only to the committee. */
export const getLifeMeeting = async (
  { db, caller, now }: Context,
  input: { eventId: string },
): Promise<LifeMeetingView> => {
  const event = await eventRecord(db, input.eventId)
  assertSeesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  assertLifeMeeting(event)
  return lifeMeetingView(db, event, caller.member, now)
}
