import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { TimerContext } from '../common/handler'
import { sendMessages, type SendReport } from '../common/notices/messages'
import { readSettings } from '../common/notices/settings'
import { birthdayMessage } from '../common/notices/templates'
import { dayKey } from '../common/periods'
import { anniversariesOn, partyYearsOn } from './rules/birthdays'

/**
 * Active members whose 政治生日 is `day`. About one member in 365 has it on
 * a given day, so 1,000 covers an organisation of 300,000.
 */
const celebrating = async (db: Database, day: string): Promise<MemberDoc[]> => {
  const pattern = `-(${anniversariesOn(day).join('|')})$`
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ status: 'active', joinedOn: db.RegExp({ regexp: pattern }) })
    .limit(1000)
    .get()
  return data.filter((member) => partyYearsOn(member.joinedOn, day) > 0)
}

/**
 * Daily timer: a 政治生日 subscribe message to each member whose 入党
 * anniversary is today and who opted in (one credit each). The delivery id
 * `birthday:<day>:<memberId>` makes it once per member and day, however
 * often the timer fires.
 */
export const sendBirthdayGreetings = async ({ db, now }: TimerContext): Promise<SendReport & { members: number }> => {
  const { templates } = await readSettings(db)
  const day = dayKey(now)
  const members = templates.birthday ? await celebrating(db, day) : []
  const report = { members: members.length, sent: 0, failed: 0, notSubscribed: 0 }
  for (const member of members) {
    const sent = await sendMessages(db, {
      purpose: 'birthday',
      messageKind: 'birthday',
      noticeId: null,
      eventId: null,
      deliveryId: (memberId) => `birthday:${day}:${memberId}`,
      recipients: [member],
      message: birthdayMessage(templates.birthday, {
        name: member.name,
        joinedOn: member.joinedOn,
        years: partyYearsOn(member.joinedOn, day),
      }),
      now,
    })
    report.sent += sent.sent
    report.failed += sent.failed
    report.notSubscribed += sent.notSubscribed
  }
  return report
}
