import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

/** Every date the app shows is in the organisation's time zone, whatever the phone's. */
export const TIME_ZONE = 'Asia/Shanghai'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.locale('zh-cn')
dayjs.tz.setDefault(TIME_ZONE)

/** An instant (ISO string) or now, in Asia/Shanghai. */
export const shanghai = (instant?: string | Date) => dayjs(instant).tz(TIME_ZONE)

/** `2026-11-21 18:05` */
export const formatDateTime = (instant: string | Date) => shanghai(instant).format('YYYY-MM-DD HH:mm')

/** `2026年11月21日 18:05`: for running text, where a narrow line must not split `2026-11-21`. */
export const formatDateTimeText = (instant: string | Date) => shanghai(instant).format('YYYY年M月D日 HH:mm')

/** `2026年11月21日` for a calendar date `YYYY-MM-DD` (no time zone shift). */
export const formatCalendarDate = (date: string) => dayjs(date).format('YYYY年M月D日')

export { dayjs }
