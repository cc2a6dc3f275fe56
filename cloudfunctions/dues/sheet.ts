import type { BranchSheet, SheetRow } from '../common/contract/dues'
import type { Database } from '../common/db/database'
import { listBranchMembers } from '../common/db/members'
import type { MemberDoc } from '../common/db/models/members'
import type { BranchUnitDoc } from '../common/db/models/units'
import { periodKey, periodLabel, shiftPeriod } from '../common/periods'
import { LOOKBACK_MONTHS, standingOf } from './standing'
import { loadDuesData } from './store'

/**
 * One branch-month: every active member's state, amount and arrears. Reads
 * the branch's members and their dues documents of the lookback window only:
 * O(members of the branch), whatever the size of the ledger.
 */
export const branchMonth = async (
  db: Database,
  branch: BranchUnitDoc,
  month: string,
  now: Date,
  members?: MemberDoc[],
): Promise<BranchSheet> => {
  const roster = members ?? (await listBranchMembers(db, branch._id))
  const current = periodKey('month', now)
  const windowStart = shiftPeriod('month', month < current ? month : current, -LOOKBACK_MONTHS)
  const data = await loadDuesData(
    db,
    roster.map((member) => member._id),
    windowStart,
  )
  const rows: SheetRow[] = roster.map((member) => {
    const standing = standingOf(member, data, current)
    return {
      memberId: member._id,
      name: member.name,
      month: standing.view(month),
      arrearsMonths: standing.arrearsMonths,
      pendingBase: data.bases.some((base) => base.memberId === member._id && base.status === 'declared'),
    }
  })
  return {
    branchId: branch._id,
    branchName: branch.name,
    month,
    label: periodLabel('month', month),
    rows,
    totals: totalsOf(rows),
  }
}

const totalsOf = (rows: SheetRow[]): BranchSheet['totals'] => {
  const owed = rows.filter((row) => row.month.state === 'due' || row.month.state === 'paid')
  const paid = owed.filter((row) => row.month.state === 'paid')
  const sum = (items: SheetRow[]) => items.reduce((total, row) => total + row.month.amountFen, 0)
  return {
    members: rows.length,
    dueCount: owed.length,
    dueFen: sum(owed),
    paidCount: paid.length,
    paidFen: sum(paid),
    exemptCount: rows.filter((row) => row.month.state === 'exempt').length,
  }
}
