import type ExcelJS from 'exceljs'
import type { BranchReport } from '../../common/contract/stats'
import { newWorkbook, writeTable } from '../../common/xlsx'
import { dateTime, decimal, orNoData, percent, ratioCell, writeStatsFacts } from './format'

const summarySheet = (workbook: ExcelJS.Workbook, report: BranchReport) => {
  const sheet = workbook.addWorksheet('概况')
  const { figures } = report.branch
  const next = writeStatsFacts(sheet, [
    ['支部', report.branch.branchName],
    ['统计周期', report.period.label],
    ['统计时间', dateTime(report.branch.compiledAt)],
    ['党员数', figures.members],
    ['开展活动', figures.eventsHeld],
    ['组织生活达标率', ratioCell(figures.compliance)],
    ['出勤率', ratioCell(figures.attendance)],
    ['迟到人次', figures.late],
    ['请假人次', figures.leave],
    ['通知', figures.notices.notices],
    ['通知阅读率', ratioCell(figures.notices.read)],
    ['通知签阅率', ratioCell(figures.notices.acknowledged)],
    ['积分总数', orNoData(figures.points.total)],
    ['人均积分', decimal(figures.points.perMember)],
    ['活跃党员（≥1 分）', orNoData(figures.points.activeMembers)],
  ])
  writeTable(sheet, next, {
    headers: ['类型', '要求', '已开展', '待开展', '达标', '未达标'],
    widths: [14, 24, 8, 8, 10, 40],
    rows: figures.byType.map((item) => [
      item.label,
      item.rule,
      item.held,
      item.planned,
      item.judged ? (item.due ? `${item.satisfied} / ${item.due}` : '未到期') : '本周期不考核',
      item.missing.join('、'),
    ]),
  })
}

const eventsSheet = (workbook: ExcelJS.Workbook, report: BranchReport) =>
  writeTable(workbook.addWorksheet('活动'), 1, {
    headers: ['时间', '类型', '主题', '党小组', '状态', '应到', '请假', '实到', '迟到', '出勤率'],
    widths: [18, 14, 28, 12, 8, 8, 8, 8, 8, 10],
    rows: report.events.map((event) => [
      dateTime(event.start),
      event.typeLabel,
      event.title,
      event.groupName ?? '',
      event.held ? '已开展' : '未开展',
      event.expected,
      event.approvedLeave,
      event.checkedIn,
      event.late,
      percent(event.attendance),
    ]),
  })

const membersSheet = (workbook: ExcelJS.Workbook, report: BranchReport) =>
  writeTable(workbook.addWorksheet('党员'), 1, {
    headers: ['姓名', '党小组', '应参加', '出勤', '迟到', '请假', '出勤率', '积分'],
    widths: [12, 12, 8, 8, 8, 8, 10, 8],
    rows: report.members.map((member) => [
      member.name,
      member.groupName ?? '',
      member.expected,
      member.attended,
      member.late,
      member.approvedLeave,
      percent(member.attendance),
      member.points,
    ]),
  })

/** A branch's period report: summary with compliance per type, its events, its members. */
export const branchWorkbook = async (report: BranchReport) => {
  const workbook = await newWorkbook()
  summarySheet(workbook, report)
  eventsSheet(workbook, report)
  membersSheet(workbook, report)
  return workbook
}
