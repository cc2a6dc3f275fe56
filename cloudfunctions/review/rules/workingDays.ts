import { PUBLICITY_WORKING_DAYS } from '../../common/contract/reviewLabels'
import { inZone } from '../../common/time'

const WEEKEND = [0, 6]

/**
 * The end (exclusive) of a 公示 published at `at`: midnight after the
 * `days`-th working day (Monday to Friday, Asia/Shanghai) following the day of
 * publication. Public holidays and 调休 days are not known to the app.
 */
export const publicityEnd = (at: Date, days = PUBLICITY_WORKING_DAYS): Date => {
  let day = inZone(at).startOf('day')
  for (let counted = 0; counted < days;) {
    day = day.add(1, 'day')
    if (!WEEKEND.includes(day.day())) counted++
  }
  return day.add(1, 'day').toDate()
}
