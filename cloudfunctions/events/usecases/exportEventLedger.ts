import { CHECKIN_METHOD_LABELS } from '../../common/contract/eventTypes'
import type { ExportedFile } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { findBranch } from '../../common/db/members'
import { saveExport } from '../../common/files'
import { attendanceSheet } from '../attendanceSheet'
import {
  ATTENDEE_HEADERS,
  attendanceRate,
  attendeeCells,
  eventStatusLabel,
  eventTime,
  minutesFacts,
  typeLabel,
} from '../ledger/workbook'
import { newWorkbook, safeFileName, toBuffer, writeFacts, writeTable } from '../../common/xlsx'
import { assertReadsEventAttendance } from '../rules/access'
import { getEventDoc } from '../store'
import { placeOf } from '../../common/db/units'

/** One event's 台账: its facts, its figures and every expected member's attendance, as .xlsx. */
export const exportEventLedger = async (ctx: Context, input: { eventId: string }): Promise<ExportedFile> => {
  const { db, caller, now } = ctx
  const event = await getEventDoc(db, input.eventId)
  assertReadsEventAttendance(caller.member, await placeOf(db, caller.member, event.branchId))
  const [{ rows, counts }, branch] = await Promise.all([
    attendanceSheet(db, event, now),
    findBranch(db, event.branchId),
  ])
  const workbook = await newWorkbook()
  const sheet = workbook.addWorksheet('签到台账')
  const next = writeFacts(sheet, [
    ['支部', branch?.name ?? ''],
    ['活动类型', typeLabel(event)],
    ['活动主题', event.title],
    ['时间', eventTime(event)],
    ['地点', event.venue.name],
    ['签到方式', CHECKIN_METHOD_LABELS[event.method]],
    ['状态', eventStatusLabel(event, now)],
    ['应到 / 请假 / 实到', `${counts.expected} / ${counts.onLeave} / ${counts.checkedIn}`],
    ['迟到 / 缺席', `${counts.late} / ${counts.absent}`],
    ['出勤率', attendanceRate(counts)],
    ...minutesFacts(event, rows),
  ])
  writeTable(sheet, next, {
    headers: ['序号', ...ATTENDEE_HEADERS],
    widths: [8, 12, 12, 10, 18, 10, 10, 40],
    rows: rows.map((row, index) => [index + 1, ...attendeeCells(row)]),
  })
  const fileName = safeFileName(`${typeLabel(event)}-${event.title}-签到台账.xlsx`)
  const fileID = await saveExport(
    ctx,
    `ledgers/${event.branchId}/${event._id}-${now.getTime()}.xlsx`,
    await toBuffer(workbook),
  )
  return { fileID, fileName }
}
