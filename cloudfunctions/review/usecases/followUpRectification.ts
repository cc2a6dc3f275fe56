import type { FollowUpInput, RectificationRow } from '../../common/contract/lifeMeeting'
import type { Context } from '../../common/handler'
import { assertManagesRecord, missing } from '../../common/rules/access'
import { rectificationRows, rectificationsOf } from '../lifeMeetings'
import { first } from '../store'
import { placeOf } from '../../common/db/units'

/** The secretary follows an item up: a note, and done or still open. */
export const followUpRectification = async (
  { db, caller, now }: Context,
  input: FollowUpInput,
): Promise<RectificationRow> => {
  const item = await first(rectificationsOf(db).where({ _id: input.rectificationId }).limit(1))
  if (!item) throw missing('rectification')
  assertManagesRecord(caller.member, 'rectification', await placeOf(db, caller.member, item.branchId))
  const notes = input.note ? [...item.notes, { text: input.note, at: now, byId: caller.member._id }] : item.notes
  const status = input.done ? ('done' as const) : ('open' as const)
  await rectificationsOf(db)
    .doc(item._id)
    .update({ data: { status, notes: db.command.set(notes) } })
  return (await rectificationRows(db, [{ ...item, status, notes }], now))[0]
}
