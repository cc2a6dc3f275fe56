import type { TimerContext } from '../../common/handler'
import { listBranchDocs, listBranchMembers } from '../../common/db/members'
import { periodKey, shiftPeriod } from '../../common/periods'
import { handleArrears } from '../arrears'
import { saveBranchMonth } from '../compile'
import { branchMonth } from '../sheet'

/**
 * The monthly timer (1st, 09:00 Shanghai): compiles every branch's finished
 * month and the new one, then reminds members unpaid 3 months in a row and
 * flags 6 months (arrears count finished months only).
 */
export const compileDuesMonths = async ({ db, now }: TimerContext) => {
  const current = periodKey('month', now)
  const previous = shiftPeriod('month', current, -1)
  const branches = await listBranchDocs(db)
  let reminded = 0
  for (const branch of branches) {
    const members = await listBranchMembers(db, branch._id)
    const [finished, started] = await Promise.all([
      branchMonth(db, branch, previous, now, members),
      branchMonth(db, branch, current, now, members),
    ])
    await Promise.all([saveBranchMonth(db, finished, now), saveBranchMonth(db, started, now)])
    reminded += (await handleArrears(db, finished, members, now)).sent
  }
  return { compiled: branches.length * 2, reminded }
}
