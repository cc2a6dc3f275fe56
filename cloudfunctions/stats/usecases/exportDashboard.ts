import type { DashboardInput, StatsExport } from '../../common/contract/stats'
import type { Context } from '../../common/handler'
import { saveExport } from '../../common/files'
import { dashboardWorkbook } from '../workbook/dashboardWorkbook'
import { safeFileName, toBuffer } from '../../common/xlsx'
import { dashboard } from './dashboard'

/** The dashboard table as .xlsx, from the same snapshots the dashboard shows. */
export const exportDashboard = async (ctx: Context, input: DashboardInput): Promise<StatsExport> => {
  const board = await dashboard(ctx, input)
  const content = await toBuffer(await dashboardWorkbook(board))
  const fileID = await saveExport(ctx, `stats/dashboard-${board.period.key}-${ctx.now.getTime()}.xlsx`, content)
  return { fileID, fileName: safeFileName(`支部统计-${board.period.label}.xlsx`) }
}
