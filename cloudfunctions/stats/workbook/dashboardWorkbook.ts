import type { BranchStatsRow, Dashboard, UnitStatsRow } from '../../common/contract/stats'
import { newWorkbook, writeTable } from '../../common/xlsx'
import { dateTime, decimal, orNoData, percent, ratioCell, writeStatsFacts } from './format'

const unitCells = ({ name, totals, compiledAt }: UnitStatsRow) => [
  name,
  totals.members,
  totals.eventsHeld,
  percent(totals.compliance),
  percent(totals.attendance),
  totals.late,
  totals.leave,
  percent(totals.read),
  percent(totals.acknowledged),
  orNoData(totals.pointsTotal),
  decimal(totals.pointsPerMember),
  orNoData(totals.activeMembers),
  dateTime(compiledAt),
]

const branchCells = ({ branchName, figures, compiledAt }: BranchStatsRow) => [
  branchName,
  figures.members,
  figures.eventsHeld,
  percent(figures.compliance),
  percent(figures.attendance),
  figures.late,
  figures.leave,
  percent(figures.notices.read),
  percent(figures.notices.acknowledged),
  orNoData(figures.points.total),
  decimal(figures.points.perMember),
  orNoData(figures.points.activeMembers),
  dateTime(compiledAt),
]

/** 统计看板: the unit's totals, one row per child unit and branch, and the warnings. */
export const dashboardWorkbook = async (board: Dashboard) => {
  const workbook = await newWorkbook()
  const sheet = workbook.addWorksheet('支部统计')
  const { totals } = board
  const next = writeStatsFacts(sheet, [
    ['统计周期', board.period.label],
    ['统计范围', board.path.map((unit) => unit.name).join(' › ') || '全部支部'],
    ['统计时间', dateTime(board.compiledAt)],
    ['支部数', totals.branches],
    ['党员数', totals.members],
    ['开展活动', totals.eventsHeld],
    ['组织生活达标率', ratioCell(totals.compliance)],
    ['出勤率', ratioCell(totals.attendance)],
    ['通知阅读率', ratioCell(totals.read)],
    ['通知签阅率', ratioCell(totals.acknowledged)],
    ['积分总数', orNoData(totals.pointsTotal)],
    ['人均积分', decimal(totals.pointsPerMember)],
  ])
  writeTable(sheet, next, {
    headers: [
      '组织',
      '党员数',
      '开展活动',
      '达标率',
      '出勤率',
      '迟到',
      '请假',
      '阅读率',
      '签阅率',
      '积分总数',
      '人均积分',
      '活跃党员',
      '统计时间',
    ],
    widths: [14, 8, 10, 10, 10, 8, 8, 10, 10, 10, 10, 10, 18],
    rows: [...board.units.map(unitCells), ...board.branches.map(branchCells)],
  })
  if (board.warnings.length) {
    const warnings = workbook.addWorksheet('提醒')
    writeTable(warnings, 1, {
      headers: ['组织', '提醒'],
      widths: [14, 48],
      rows: board.warnings.map((w) => [w.path, w.message]),
    })
  }
  return workbook
}
