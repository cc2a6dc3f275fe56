import { PUBLICITY_WORKING_DAYS } from '../../common/contract/reviewLabels'
import { inZone } from '../../common/time'

const WEEKEND = [0, 6]

/** The organisation's calendar beyond Monday to Friday (YYYY-MM-DD, Asia/Shanghai). */
export interface WorkCalendar {
  /** Public holidays: not working days even on a weekday. */
  holidays: readonly string[]
  /** 调休: weekend days that are worked. */
  workingWeekends: readonly string[]
}

export const PLAIN_WEEKS: WorkCalendar = { holidays: [], workingWeekends: [] }

/**
 * The end (exclusive) of a 公示 published at `at`: midnight after the
 * `days`-th working day following the day of publication (Asia/Shanghai).
 * Working days are Monday to Friday, less the organisation's holidays, plus
 * its 调休 weekend days.
 */
export const publicityEnd = (at: Date, calendar: WorkCalendar = PLAIN_WEEKS, days = PUBLICITY_WORKING_DAYS): Date => {
  const holidays = new Set(calendar.holidays)
  const worked = new Set(calendar.workingWeekends)
  const isWorkingDay = (key: string, weekday: number) =>
    worked.has(key) || (!WEEKEND.includes(weekday) && !holidays.has(key))
  let day = inZone(at).startOf('day')
  for (let counted = 0; counted < days;) {
    day = day.add(1, 'day')
    if (isWorkingDay(day.format('YYYY-MM-DD'), day.day())) counted++
  }
  return day.add(1, 'day').toDate()
}
