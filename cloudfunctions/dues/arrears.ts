import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { DuesArrearsDoc } from '../common/db/models/dues'
import type { MemberDoc } from '../common/db/models/members'
import { ARREARS_FLAG_MONTHS, ARREARS_REMIND_MONTHS } from '../common/contract/duesLabels'
import { sendMessages } from '../common/notices/messages'
import { readSettings } from '../common/notices/settings'
import { inZone } from '../common/time'
import type { BranchSheet } from '../common/contract/dues'

export const DUES_PAGE = 'packages/dues/mine/index'

const arrearsDoc = (
  member: Pick<MemberDoc, '_id' | 'branchId'>,
  level: 3 | 6,
  month: string,
  months: number,
  at: Date,
) => ({
  _id: `${member._id}:${level}:${month}`,
  memberId: member._id,
  branchId: member.branchId,
  level,
  month,
  months,
  at,
})

/**
 * Arrears of one compiled branch-month: members unpaid 3 months in a row get
 * a subscribe message (members who opted in to 催办 reminders; once per
 * month) and a level-3 record; 6 months and more a level-6 record, which the
 * branch's sheet and the organisation's figures flag (自行脱党 review).
 */
export const handleArrears = async (db: Database, sheet: BranchSheet, members: MemberDoc[], now: Date) => {
  const late = sheet.rows.filter((row) => row.arrearsMonths >= ARREARS_REMIND_MONTHS)
  const byId = new Map(members.map((member) => [member._id, member]))
  const docs: DuesArrearsDoc[] = late.map((row) => {
    const level = row.arrearsMonths >= ARREARS_FLAG_MONTHS ? 6 : 3
    return arrearsDoc({ _id: row.memberId, branchId: sheet.branchId }, level, sheet.month, row.arrearsMonths, now)
  })
  await Promise.all(
    docs.map(({ _id, ...fields }) => db.collection(collections.duesArrears.name).doc(_id).set({ data: fields })),
  )
  const recipients = late.map((row) => byId.get(row.memberId)).filter((member): member is MemberDoc => !!member)
  const { templates } = await readSettings(db)
  return sendMessages(db, {
    purpose: 'dues',
    messageKind: 'reminder',
    noticeId: null,
    eventId: null,
    deliveryId: (memberId) => `dues:${sheet.month}:${memberId}`,
    recipients,
    message: {
      templateId: templates.reminder,
      page: DUES_PAGE,
      data: {
        thing1: { value: '党费缴纳提醒' },
        thing2: { value: '您已连续数月未缴纳党费，请及时缴纳' },
        time3: { value: inZone(now).format('YYYY年M月D日 HH:mm') },
      },
    },
    now,
  })
}
