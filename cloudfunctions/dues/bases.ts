import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import { getMember } from '../common/db/members'
import type { MemberDoc } from '../common/db/models/members'
import { AppError } from '../common/errors'
import { assertManagesOrAdministers, managesBranch, missing } from '../common/rules/access'
import type { DuesBaseDoc } from '../common/db/models/dues'
import { placeOf } from '../common/db/units'
import { livePayments } from './rules/ledger'
import { paymentsOf } from './store'
import { homePlace } from '../common/db/models/units'

/** Who a base is about, and whether the caller confirms it by declaring it (the branch's secretary, the admin). */
export const baseSubject = async (
  db: Database,
  caller: MemberDoc,
  memberId: string | undefined,
): Promise<{ member: MemberDoc; confirms: boolean }> => {
  if (!memberId || memberId === caller._id) return { member: caller, confirms: managesBranch(caller, caller.branchId) }
  const member = await getMember(db, memberId)
  assertManagesOrAdministers(caller, 'member', homePlace(member), '只有本支部书记可以为党员申报基数')
  return { member, confirms: true }
}

/** A base may start only at a month the member has not paid yet: a paid month keeps the base it was paid on. */
export const assertUnpaidFrom = async (db: Database, memberId: string, fromMonth: string): Promise<void> => {
  const live = livePayments(await paymentsOf(db, [memberId]))
  if ([...live.values()].some((payment) => payment.month >= fromMonth)) throw new AppError('DUES_BASE_MONTH_PAID')
}

export const basesCollection = (db: Database) => db.collection(collections.duesBases.name)

/** A base the caller acts on as its branch's secretary (or the admin above), with its member; else missing / refused. */
export const managedBase = async (
  db: Database,
  caller: MemberDoc,
  baseId: string,
  message: string,
): Promise<{ base: DuesBaseDoc; member: MemberDoc }> => {
  const { data } = await db.collection<DuesBaseDoc>(collections.duesBases.name).where({ _id: baseId }).limit(1).get()
  const base = data[0]
  if (!base) throw missing('member')
  assertManagesOrAdministers(caller, 'member', await placeOf(db, caller, base.branchId), message)
  return { base, member: await getMember(db, base.memberId) }
}
