import type { LifeMeetingView } from '../../common/contract/lifeMeeting'
import { checkMaterialId } from '../../common/db/models/review'
import type { Context } from '../../common/handler'
import { assertTakesPart } from '../../common/rules/access'
import { assertLifeMeeting, eventRecord, lifeMeetingView, materialsOf } from '../lifeMeetings'
import { placeOf } from '../../common/db/units'

/** A member's own 对照检查 / 发言提纲 (optional); visible to the committee; rewritable. */
export const submitCheckMaterial = async (
  { db, caller, now }: Context,
  input: { eventId: string; text: string },
): Promise<LifeMeetingView> => {
  const event = await eventRecord(db, input.eventId)
  assertTakesPart(
    caller.member,
    'event',
    await placeOf(db, caller.member, event.branchId),
    '只有本支部党员可以提交对照检查材料',
  )
  assertLifeMeeting(event)
  const me = caller.member._id
  await materialsOf(db)
    .doc(checkMaterialId(event._id, me))
    .set({ data: { eventId: event._id, branchId: event.branchId, memberId: me, text: input.text, at: now } })
  return lifeMeetingView(db, event, caller.member, now)
}
