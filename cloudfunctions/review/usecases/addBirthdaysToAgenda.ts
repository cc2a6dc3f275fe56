import { EVENT_TEXT_LIMITS } from '../../common/contract/eventTypes'
import { collections } from '../../common/db/collections'
import { listBranchMembers } from '../../common/db/members'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertManagesRecord } from '../../common/rules/access'
import { eventRecord } from '../lifeMeetings'
import { birthdayLine, birthdayMonths, birthdaysIn } from '../rules/birthdays'
import { placeOf } from '../../common/db/units'

/**
 * One tap: the chosen 政治生日 members go into a coming 主题党日's agenda as
 * one line (重温入党誓词). Adding the same line again changes nothing.
 */
export const addBirthdaysToAgenda = async (
  { db, caller, now }: Context,
  input: { eventId: string; memberIds: string[] },
): Promise<{ agenda: string }> => {
  const event = await eventRecord(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  if (event.type !== 'theme_day' || event.status === 'cancelled' || new Date(event.start) <= now)
    throw new AppError('BIRTHDAY_EVENT_INVALID')
  const months = birthdaysIn(await listBranchMembers(db, event.branchId), birthdayMonths(now))
  const rows = months.flatMap((month) => month.members).filter((row) => input.memberIds.includes(row.id))
  if (new Set(input.memberIds).size !== rows.length) throw new AppError('BIRTHDAY_MEMBER_OUTSIDE')
  const line = birthdayLine(rows)
  if (event.agenda.includes(line)) return { agenda: event.agenda }
  const agenda = event.agenda ? `${event.agenda}\n${line}` : line
  if (agenda.length > EVENT_TEXT_LIMITS.agenda) throw new AppError('BIRTHDAY_AGENDA_TOO_LONG')
  await db
    .collection(collections.events.name)
    .doc(event._id)
    .update({ data: { agenda, updatedAt: now } })
  return { agenda }
}
