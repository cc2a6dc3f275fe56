import type ExcelJS from 'exceljs'
import type { ExportedFile } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { findBranch } from '../../common/db/members'
import type { Database } from '../../common/db/database'
import type { EventDoc } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { saveExport } from '../../common/files'
import { attendanceSheet, type AttendanceSheet } from '../attendanceSheet'
import {
  LEDGER_ATTENDANCE_LABELS,
  attendanceRate,
  attendeeNote,
  dateTime,
  eventStatusLabel,
  eventTime,
  typeLabel,
} from '../ledger/workbook'
import { newWorkbook, safeFileName, toBuffer, writeTable } from '../../common/xlsx'
import { assertReadsAttendance } from '../rules/access'
import { branchEventsBetween } from '../store'
import { periodRange } from '../../common/periods'
import { placeOf } from '../../common/db/units'

const summarySheet = (workbook: ExcelJS.Workbook, sheets: AttendanceSheet[], now: Date) =>
  writeTable(workbook.addWorksheet('活动汇总'), 1, {
    headers: ['时间', '类型', '主题', '地点', '状态', '应到', '请假', '实到', '迟到', '缺席', '出勤率'],
    widths: [24, 14, 28, 18, 10, 8, 8, 8, 8, 8, 10],
    rows: sheets.map(({ event, counts }) => [
      eventTime(event),
      typeLabel(event),
      event.title,
      event.venue.name,
      eventStatusLabel(event, now),
      counts.expected,
      counts.onLeave,
      counts.checkedIn,
      counts.late,
      counts.absent,
      attendanceRate(counts),
    ]),
  })

const detailSheet = (workbook: ExcelJS.Workbook, sheets: AttendanceSheet[]) =>
  writeTable(workbook.addWorksheet('出勤明细'), 1, {
    headers: ['活动时间', '活动', '姓名', '党小组', '出勤情况', '签到时间', '备注'],
    widths: [24, 28, 12, 12, 10, 18, 40],
    rows: sheets.flatMap(({ event, rows }) =>
      rows.map((row) => [
        eventTime(event),
        `${typeLabel(event)}：${event.title}`,
        row.name,
        row.groupName ?? '',
        LEDGER_ATTENDANCE_LABELS[row.attendance],
        dateTime(row.at),
        attendeeNote(row),
      ]),
    ),
  })

/** Per member: how many of the month's events they were expected at, attended, were late for, on leave, absent. */
const memberSheet = (workbook: ExcelJS.Workbook, sheets: AttendanceSheet[]) => {
  const totals = new Map<
    string,
    { name: string; expected: number; attended: number; late: number; leave: number; absent: number }
  >()
  for (const { rows } of sheets)
    for (const row of rows) {
      const total = totals.get(row.memberId) ?? {
        name: row.name,
        expected: 0,
        attended: 0,
        late: 0,
        leave: 0,
        absent: 0,
      }
      total.expected += 1
      if (row.attendance === 'checked_in' || row.attendance === 'late') total.attended += 1
      if (row.attendance === 'late') total.late += 1
      if (row.attendance === 'on_leave') total.leave += 1
      if (row.attendance === 'absent') total.absent += 1
      totals.set(row.memberId, total)
    }
  writeTable(workbook.addWorksheet('党员汇总'), 1, {
    headers: ['姓名', '应参加', '出勤', '迟到', '请假', '缺席'],
    widths: [12, 8, 8, 8, 8, 8],
    rows: [...totals.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
      .map((t) => [t.name, t.expected, t.attended, t.late, t.leave, t.absent]),
  })
}

const sheetsOfMonth = async (db: Database, branchId: string, month: string, now: Date) => {
  const { start, end } = periodRange('month', month)
  const events: EventDoc[] = await branchEventsBetween(db, branchId, start, end)
  return Promise.all(
    events.filter((event) => event.status !== 'cancelled').map((event) => attendanceSheet(db, event, now)),
  )
}

/** A branch's month of 主题党日 and 三会一课 as one workbook: events, attendance detail and per-member totals. */
export const exportMonthLedger = async (
  { db, caller, now }: Context,
  input: { branchId?: string; month: string },
): Promise<ExportedFile> => {
  const branchId = input.branchId ?? caller.member.branchId
  assertReadsAttendance(caller.member, await placeOf(db, caller.member, branchId))
  const branch = await findBranch(db, branchId)
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在')
  const sheets = await sheetsOfMonth(db, branchId, input.month, now)
  const workbook = await newWorkbook()
  summarySheet(workbook, sheets, now)
  detailSheet(workbook, sheets)
  memberSheet(workbook, sheets)
  const fileName = safeFileName(`${branch.name}-${input.month}-组织生活台账.xlsx`)
  const fileID = await saveExport(
    { db, caller, now },
    `ledgers/${branchId}/${input.month}-${now.getTime()}.xlsx`,
    await toBuffer(workbook),
  )
  return { fileID, fileName }
}
