import { dayjs, inZone } from '../time'
import type { Role } from '../contract'

/** 138****1234: enough to recognise a number, not to call it. */
export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`

/** Whole years since 入党日期, as of `now` in Asia/Shanghai. */
export const partyYears = (joinedOn: string, now: Date): number => {
  const today = inZone(now).startOf('day')
  return Math.max(0, today.diff(dayjs.tz(joinedOn, 'Asia/Shanghai'), 'year'))
}

/** Days until the next anniversary of 入党日期 (政治生日); 0 on the day itself. Feb 29 falls on Feb 28 in common years. */
export const daysToPoliticalBirthday = (joinedOn: string, now: Date): number => {
  const today = dayjs.tz(inZone(now).format('YYYY-MM-DD'), 'Asia/Shanghai')
  const [, month, day] = joinedOn.split('-').map(Number)
  const anniversaryIn = (year: number) => {
    const firstOfMonth = dayjs.tz(`${year}-${String(month).padStart(2, '0')}-01`, 'Asia/Shanghai')
    return firstOfMonth.date(Math.min(day, firstOfMonth.daysInMonth()))
  }
  const thisYear = anniversaryIn(today.year())
  const next = thisYear.isBefore(today, 'day') ? anniversaryIn(today.year() + 1) : thisYear
  return Math.round(next.diff(today, 'day', true))
}

/** Everyone bound to the roster is a member; other roles add to it. */
export const normaliseRoles = (roles: readonly Role[]): Role[] => {
  const order: Role[] = ['member', 'committee', 'secretary', 'leader', 'admin']
  const wanted = new Set<Role>(['member', ...roles])
  return order.filter((role) => wanted.has(role))
}
