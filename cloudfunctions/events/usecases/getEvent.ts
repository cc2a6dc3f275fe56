import type { EventDetail } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { assertSeesRecord } from '../../common/rules/access'
import { getEventDoc } from '../store'
import { describeEvent } from '../describeEvent'
import { placeOf } from '../../common/db/units'

/** Any member of the event's branch may read it (meeting notices link here); leaders and admins too. */
export const getEvent = async ({ db, caller, now }: Context, input: { eventId: string }): Promise<EventDetail> => {
  const event = await getEventDoc(db, input.eventId)
  assertSeesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  return describeEvent(db, event, caller.member, now)
}
