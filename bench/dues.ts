/**
 * The dues section of the bench (issue 17): what a branch's month sheet and
 * the organisation's monthly figures cost as the payment ledger grows. The
 * sheet reads the branch's members and their documents of the lookback
 * window (O(members of the branch)); the organisation's figures read one
 * compiled document per branch (O(branches)); neither scans the payments.
 * `npx tsx bench/dues.ts` runs it alone.
 */
import { collections } from '../cloudfunctions/common/db/collections'
import type { Database } from '../cloudfunctions/common/db/database'
import type { DuesBaseDoc, DuesPaymentDoc } from '../cloudfunctions/common/db/models/dues'
import type { MemberDoc } from '../cloudfunctions/common/db/models/members'
import { pathIds, unitUnder, type BranchUnitDoc } from '../cloudfunctions/common/db/models/units'
import { openDatabase } from '../cloudfunctions/common/handler'
import { periodKey, shiftPeriod } from '../cloudfunctions/common/periods'
import { compileAllBranches, readBranchMonths } from '../cloudfunctions/dues/compile'
import { paymentId } from '../cloudfunctions/dues/rules/ledger'
import { branchMonth } from '../cloudfunctions/dues/sheet'
import { startLocalCloud } from '../local/runtime'
import { measure, type Cost } from './data/costs'

export interface DuesCosts {
  branches: number
  membersPerBranch: number
  months: number
  payments: number
  branchSheet: Cost
  organisationFigures: Cost
}

const member = (branch: BranchUnitDoc, index: number, now: Date): MemberDoc => ({
  _id: `${branch._id}-m${index}`,
  name: `党员${index}`,
  phone: '13800000000',
  branchId: branch._id,
  unitIds: pathIds(branch),
  groupId: null,
  roles: ['member'],
  joinedOn: '2000-01-01',
  status: 'active',
  openid: null,
  boundAt: null,
  createdAt: now,
})

const base = (doc: MemberDoc, fromMonth: string, now: Date): DuesBaseDoc => ({
  _id: `${doc._id}:${fromMonth}`,
  memberId: doc._id,
  branchId: doc.branchId,
  category: 'employed',
  fromMonth,
  payFen: 600_000,
  insuranceFen: 0,
  status: 'confirmed',
  declaredBy: 'bench',
  declaredAt: now,
  confirmedBy: 'bench',
  confirmedAt: now,
})

const payment = (doc: MemberDoc, month: string, now: Date): DuesPaymentDoc => ({
  _id: paymentId(doc._id, month, 0),
  kind: 'payment',
  memberId: doc._id,
  memberName: doc.name,
  branchId: doc.branchId,
  month,
  amountFen: 9000,
  category: 'employed',
  baseFen: 600_000,
  rateBp: 150,
  method: 'cash',
  onBehalf: false,
  note: '',
  paidAt: now,
  recordedBy: 'bench',
  recordedByName: 'bench',
  orderNo: null,
  reversalOf: null,
  requestKey: 'bench',
  createdAt: now,
})

const addAll = async (db: Database, name: string, docs: object[]) => {
  for (let start = 0; start < docs.length; start += 1000)
    await db.collection(name).add({ data: docs.slice(start, start + 1000) })
}

const build = async (db: Database, branches: number, perBranch: number, months: number, now: Date) => {
  const current = periodKey('month', now)
  const first = shiftPeriod('month', current, -months)
  const root = unitUnder(null, { _id: 'org', kind: 'committee', name: '党委', order: 1 }, now)
  const branchDocs: BranchUnitDoc[] = Array.from({ length: branches }, (_, i) =>
    unitUnder(root, { _id: `b${i}`, kind: 'branch', name: `第${i + 1}支部`, order: i }, now),
  )
  const members = branchDocs.flatMap((branch) => Array.from({ length: perBranch }, (_, i) => member(branch, i, now)))
  const paid = Array.from({ length: months }, (_, i) => shiftPeriod('month', first, i))
  await addAll(db, collections.units.name, [root, ...branchDocs])
  await addAll(db, collections.members.name, members)
  await addAll(
    db,
    collections.duesBases.name,
    members.map((doc) => base(doc, first, now)),
  )
  await addAll(
    db,
    collections.duesPayments.name,
    members.flatMap((doc) => paid.map((month) => payment(doc, month, now))),
  )
  await compileAllBranches(db, current, now)
  return { branch: branchDocs[0], payments: members.length * months, current }
}

export const runDuesBench = async (log: (line: string) => void): Promise<DuesCosts[]> => {
  const results: DuesCosts[] = []
  for (const [branches, perBranch, months] of [
    [50, 100, 12],
    [50, 100, 48],
  ]) {
    const cloud = startLocalCloud()
    const db = openDatabase()
    const now = new Date()
    const { branch, payments, current } = await build(db, branches, perBranch, months, now)
    results.push({
      branches,
      membersPerBranch: perBranch,
      months,
      payments,
      branchSheet: await measure(cloud, () => branchMonth(db, branch, current, now)),
      organisationFigures: await measure(cloud, () => readBranchMonths(db, current)),
    })
    log(`dues measured for ${branches} branches × ${perBranch} members, ${payments} payments`)
    cloud.close()
  }
  return results
}

if (require.main === module)
  void runDuesBench((line) => console.info(`[bench] ${line}`)).then((results) =>
    console.info(JSON.stringify(results, null, 2)),
  )
