import type { StatsPeriodInput, StatsExport } from '../../common/contract/stats'
import type { Context } from '../../common/handler'
import { saveExport } from '../../common/files'
import { branchWorkbook } from '../workbook/branchWorkbook'
import { safeFileName, toBuffer } from '../../common/xlsx'
import { branchReport } from './branchReport'

/** One branch's period report as .xlsx; the same scope as the report itself. */
export const exportBranchReport = async (
  ctx: Context,
  input: { period: StatsPeriodInput; branchId?: string },
): Promise<StatsExport> => {
  const report = await branchReport(ctx, input)
  const content = await toBuffer(await branchWorkbook(report))
  const { branchId, branchName } = report.branch
  const fileID = await saveExport(ctx, `stats/${branchId}-${report.period.key}-${ctx.now.getTime()}.xlsx`, content)
  return { fileID, fileName: safeFileName(`${branchName}-${report.period.label}-统计报表.xlsx`) }
}
