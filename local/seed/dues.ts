import type { DuesCategory } from '../../cloudfunctions/common/contract/duesLabels'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { dayjs, dayKey, periodKey, shiftPeriod, ZONE } from '../../cloudfunctions/common/periods'
import { compileAllBranches } from '../../cloudfunctions/dues/compile'
import { declareBase } from '../../cloudfunctions/dues/usecases/declareBase'
import { recordPayment } from '../../cloudfunctions/dues/usecases/recordPayment'

/**
 * Demo dues, through the use cases: every member has a base confirmed by
 * their secretary from six months ago; the months since are paid in cash or
 * by transfer (the past ones together last month), except for two members in arrears — m008 (第一支部) has not
 * paid for 4 months (reminded), m028 (第二支部) not since the base began
 * (6 months: flagged). This month is paid by about half of each branch, never
 * by the demo member m006, who pays it in the app. Then every branch's last
 * and current month are compiled.
 */
const ARREARS: Record<string, number> = { m008: 4, m028: 6 }
const MONTHS_BACK = 6

const categoryOf = (serial: number): DuesCategory => {
  if (serial % 10 === 9) return 'retired'
  return serial % 17 === 0 ? 'flat' : 'employed'
}

const payFenOf = (serial: number) => (2_800 + ((serial * 733) % 9_000)) * 100

const secretaryOf = (members: MemberDoc[], branchId: string): MemberDoc => {
  const secretary = members.find((member) => member.branchId === branchId && member.roles.includes('secretary'))
  if (!secretary) throw new Error(`demo branch ${branchId} has no secretary`)
  return secretary
}

const monthsPaid = (member: MemberDoc, current: string, serial: number): string[] => {
  const unpaidBack = ARREARS[member._id] ?? 0
  const past = Array.from({ length: MONTHS_BACK }, (_, index) => shiftPeriod('month', current, index - MONTHS_BACK))
  const paid = past.slice(0, MONTHS_BACK - unpaidBack)
  return member._id !== 'm006' && !ARREARS[member._id] && serial % 2 === 0 ? [...paid, current] : paid
}

const seedMember = async (db: Database, member: MemberDoc, secretary: MemberDoc, now: Date) => {
  const serial = Number(member._id.slice(1))
  const current = periodKey('month', now)
  const caller = { openid: secretary.openid ?? '', member: secretary }
  const category = categoryOf(serial)
  await declareBase(
    { db, caller, now },
    {
      memberId: member._id,
      category,
      fromMonth: shiftPeriod('month', current, -MONTHS_BACK),
      ...(category === 'flat' ? {} : { payFen: payFenOf(serial), insuranceFen: 0 }),
    },
  )
  // The past months paid together on the 10th of last month, this month's today.
  const months = monthsPaid(member, current, serial)
  const lastMonth = dayjs.tz(`${shiftPeriod('month', current, -1)}-10 12:00:00`, ZONE).toDate()
  const batches: [string[], Date][] = [
    [months.filter((month) => month < current), lastMonth],
    [months.filter((month) => month === current), now],
  ]
  for (const [paid, at] of batches.filter(([paid]) => paid.length))
    await recordPayment(
      { db, caller, now: at },
      { memberId: member._id, months: paid, method: serial % 3 ? 'cash' : 'transfer', paidOn: dayKey(at) },
    )
}

export const seedDues = async (db: Database, now: Date): Promise<void> => {
  const { data: members } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ status: 'active' })
    .limit(1000)
    .get()
  for (const member of members) await seedMember(db, member, secretaryOf(members, member.branchId), now)
  const current = periodKey('month', now)
  await compileAllBranches(db, shiftPeriod('month', current, -1), now)
  await compileAllBranches(db, current, now)
}
