import type { DuesExport, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { yuan } from '../../common/contract/duesLabels'
import { findBranch } from '../../common/db/members'
import { AppError } from '../../common/errors'
import { saveExport } from '../../common/files'
import type { Context } from '../../common/handler'
import { monthsOf, periodLabel, periodProblem } from '../../common/periods'
import { assertReadsBranch } from '../../common/rules/access'
import { newWorkbook, safeFileName, toBuffer } from '../../common/xlsx'
import { ledgerLines, writeLedger } from '../ledger'
import { placeOf } from '../../common/db/units'

/** The 党费收缴台账 of a branch for a month or a year, as XLSX (exceljs loaded by this action only). */
export const exportDuesLedger = async (
  context: Context,
  { branchId, period }: ParsedInputOf<typeof duesContract.exportDuesLedger>,
): Promise<DuesExport> => {
  const { db, caller, now } = context
  assertReadsBranch(caller.member, await placeOf(db, caller.member, branchId), 'FORBIDDEN', '只能导出本支部的党费台账')
  const kind = period.length === 4 ? 'year' : 'month'
  if (periodProblem(kind, period, now)) throw new AppError('DUES_PERIOD_INVALID', undefined, 'period')
  const branch = await findBranch(db, branchId)
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在')
  const lines = await ledgerLines(db, branch, monthsOf({ kind, key: period }), now)
  const paid = lines.filter((line) => line.view.state === 'paid')
  const owed = lines.filter((line) => line.view.state === 'paid' || line.view.state === 'due')
  const workbook = await newWorkbook()
  writeLedger(
    workbook.addWorksheet('党费收缴台账'),
    [
      ['支部', branch.name],
      ['期间', periodLabel(kind, period)],
      ['应缴', `${owed.length} 人次，${yuan(owed.reduce((sum, line) => sum + line.view.amountFen, 0))} 元`],
      ['实缴', `${paid.length} 人次，${yuan(paid.reduce((sum, line) => sum + line.view.amountFen, 0))} 元`],
    ],
    lines,
  )
  const fileID = await saveExport(
    context,
    `ledgers/${branchId}/dues-${period}-${now.getTime()}.xlsx`,
    await toBuffer(workbook),
  )
  return { fileID, fileName: safeFileName(`${branch.name}-${period}-党费收缴台账.xlsx`) }
}
