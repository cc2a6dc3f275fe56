import type { BirthdayMonth } from '../../common/contract/birthdays'
import type { MemberDoc } from '../../common/db/models/members'
import { periodKey, shiftPeriod } from '../../common/periods'

/** This month and next (Asia/Shanghai). */
export const birthdayMonths = (now: Date): string[] => {
  const month = periodKey('month', now)
  return [month, shiftPeriod('month', month, 1)]
}

/**
 * The members whose 入党 anniversary falls in each month, by day; 入党 in that
 * very year is not yet a birthday. 29 February counts in February.
 */
export const birthdaysIn = (members: readonly MemberDoc[], months: readonly string[]): BirthdayMonth[] =>
  months.map((month) => ({
    month,
    members: members
      .filter(
        (member) =>
          member.joinedOn.slice(5, 7) === month.slice(5, 7) && member.joinedOn.slice(0, 4) < month.slice(0, 4),
      )
      .map((member) => ({
        id: member._id,
        name: member.name,
        joinedOn: member.joinedOn,
        day: member.joinedOn.slice(5),
        years: Number(month.slice(0, 4)) - Number(member.joinedOn.slice(0, 4)),
      }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name)),
  }))

/** The agenda line the ritual adds: 重温入党誓词 with the members' names and years. */
export const birthdayLine = (rows: readonly { name: string; years: number }[]): string =>
  `政治生日：${rows.map((row) => `${row.name}（入党${row.years}周年）`).join('、')}，重温入党誓词`

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/**
 * The `MM-DD` 入党 dates whose 政治生日 is `day` (`2026-11-30`): the day
 * itself, and on 28 February of a common year also 29 February.
 */
export const anniversariesOn = (day: string): string[] => {
  const monthDay = day.slice(5)
  return monthDay === '02-28' && !isLeapYear(Number(day.slice(0, 4))) ? [monthDay, '02-29'] : [monthDay]
}

/** 入党 N 周年 on `day`; 0 = joined this very year (no birthday yet). */
export const partyYearsOn = (joinedOn: string, day: string): number =>
  Number(day.slice(0, 4)) - Number(joinedOn.slice(0, 4))
