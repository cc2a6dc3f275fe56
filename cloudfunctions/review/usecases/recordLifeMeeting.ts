import type { LifeMeetingInput, LifeMeetingView } from '../../common/contract/lifeMeeting'
import type { Context } from '../../common/handler'
import { assertManagesRecord } from '../../common/rules/access'
import { assertLifeMeeting, eventRecord, lifeMeetingsOf, lifeMeetingView } from '../lifeMeetings'
import { placeOf } from '../../common/db/units'

/** The secretary records the 组织生活会's theme and 批评与自我批评 notes; saving again replaces them. */
export const recordLifeMeeting = async (
  { db, caller, now }: Context,
  input: LifeMeetingInput,
): Promise<LifeMeetingView> => {
  const event = await eventRecord(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  assertLifeMeeting(event)
  await lifeMeetingsOf(db)
    .doc(event._id)
    .set({
      data: {
        branchId: event.branchId,
        theme: input.theme,
        criticism: input.criticism ?? '',
        recordedBy: caller.member._id,
        updatedAt: now,
      },
    })
  return lifeMeetingView(db, event, caller.member, now)
}
