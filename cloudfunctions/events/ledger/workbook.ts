import ExcelJS from 'exceljs'
import {
  ATTENDANCE_STATE_LABELS,
  CHECKIN_WAY_LABELS,
  EVENT_PHASE_LABELS,
  EVENT_TYPE_LABELS,
} from '../../common/contract/eventTypes'
import type { AttendanceCounts, AttendeeRow } from '../../common/contract/events'
import type { EventDoc } from '../../common/db/models/events'
import { inZone } from '../../common/time'
import { phaseOf } from '../rules/schedule'

/** Shared pieces of the 台账 workbooks: times in Asia/Shanghai, Chinese headers, readable widths. */

export const dateTime = (at: Date | string | null) => (at ? inZone(at).format('YYYY-MM-DD HH:mm') : '')

export const eventTime = (event: Pick<EventDoc, 'start' | 'end'>) =>
  `${inZone(event.start).format('YYYY-MM-DD HH:mm')}—${inZone(event.end).format('HH:mm')}`

/** 出勤率 = 实到 / (应到 − 请假), the figure statistics use too. */
export const attendanceRate = (counts: AttendanceCounts): string => {
  const base = counts.expected - counts.onLeave
  return base > 0 ? `${((counts.checkedIn / base) * 100).toFixed(1)}%` : '—'
}

export const eventStatusLabel = (event: EventDoc, now: Date) => EVENT_PHASE_LABELS[phaseOf(event, now)]

export const typeLabel = (event: Pick<EventDoc, 'type'>) => EVENT_TYPE_LABELS[event.type]

export const attendeeNote = (row: AttendeeRow): string => {
  if (row.makeupReason) return `补签（${row.makeupByName ?? ''}）：${row.makeupReason}`
  if (row.leaveReason && (row.attendance === 'on_leave' || row.attendance === 'leave_pending'))
    return `请假：${row.leaveReason}`
  return ''
}

export const attendeeCells = (row: AttendeeRow) => [
  row.name,
  row.groupName ?? '',
  ATTENDANCE_STATE_LABELS[row.attendance],
  dateTime(row.at),
  row.method ? CHECKIN_WAY_LABELS[row.method] : '',
  row.distance ?? '',
  attendeeNote(row),
]

export const ATTENDEE_HEADERS = ['姓名', '党小组', '出勤情况', '签到时间', '签到方式', '距离（米）', '备注']

export interface TableSpec {
  headers: string[]
  widths: number[]
  rows: (string | number)[][]
}

/** A bold, framed header row and its data rows, starting at `startRow`. */
export const writeTable = (sheet: ExcelJS.Worksheet, startRow: number, table: TableSpec): void => {
  table.widths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1)
    column.width = Math.max(column.width ?? 0, width)
  })
  const header = sheet.getRow(startRow)
  header.values = table.headers
  header.font = { bold: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECED' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  table.rows.forEach((values, index) => {
    sheet.getRow(startRow + 1 + index).values = values
  })
}

/** Label / value lines above a table (活动主题, 时间, 地点 ...). */
export const writeFacts = (sheet: ExcelJS.Worksheet, facts: [string, string | number][]): number => {
  facts.forEach(([label, value], index) => {
    const row = sheet.getRow(index + 1)
    row.values = [label, value]
    row.getCell(1).font = { bold: true }
  })
  return facts.length + 2
}

export const newWorkbook = () => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '智慧支部'
  return workbook
}

export const toBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from(await workbook.xlsx.writeBuffer())

/** File names keep Chinese readable but drop characters no file system accepts. */
export const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)
