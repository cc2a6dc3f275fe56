import type { TimerContext } from '../../common/handler'
import { listBranchDocs, listBranchMembers } from '../../common/db/members'
import { dayKey, periodKey, shiftPeriod } from '../../common/periods'
import { handleArrears } from '../arrears'
import { saveBranchMonth } from '../compile'
import { branchMonth } from '../sheet'

/**
 * The daily timer (01:30 Shanghai, before the statistics' nightly compile
 * reads the branch-months): compiles every branch's current month. On the
 * 1st it also compiles the month just finished, then reminds members unpaid
 * 3 months in a row and flags 6 months (arrears count finished months only).
 */
export const compileDuesMonths = async ({ db, now }: TimerContext) => {
  const current = periodKey('month', now)
  const previous = shiftPeriod('month', current, -1)
  const monthBegins = dayKey(now).endsWith('-01')
  const branches = await listBranchDocs(db)
  let reminded = 0
  for (const branch of branches) {
    const members = await listBranchMembers(db, branch._id)
    const [started, finished] = await Promise.all([
      branchMonth(db, branch, current, now, members),
      monthBegins ? branchMonth(db, branch, previous, now, members) : null,
    ])
    await Promise.all([saveBranchMonth(db, started, now), finished && saveBranchMonth(db, finished, now)])
    if (finished) reminded += (await handleArrears(db, finished, members, now)).sent
  }
  return { compiled: branches.length * (monthBegins ? 2 : 1), reminded }
}
