import { action } from './define'
import { id, list, payload } from '../validation'

/** 政治生日 (the anniversary of 入党): the secretary's list for the 主题党日 ritual (actions of the `review` function). */

export interface BirthdayRow {
  id: string
  name: string
  /** 入党日期 `1998-11-30`. */
  joinedOn: string
  /** The anniversary in this month list, `11-30`. */
  day: string
  /** 入党 N 周年. */
  years: number
}

export interface BirthdayMonth {
  /** `2026-11` */
  month: string
  members: BirthdayRow[]
}

const agendaInput = payload({
  eventId: id('活动编号'),
  memberIds: list('政治生日党员', id('党员'), 200).min(1, '请选择政治生日党员'),
})

export const birthdaysContract = {
  politicalBirthdays: action<BirthdayMonth[]>()(payload({})),
  addBirthdaysToAgenda: action<{ agenda: string }>()(agendaInput),
}

export const birthdaysErrors = {
  BIRTHDAY_EVENT_INVALID: '只能加入本支部尚未开始的主题党日',
  BIRTHDAY_MEMBER_OUTSIDE: '只能选择本支部本月或下月过政治生日的党员',
  BIRTHDAY_AGENDA_TOO_LONG: '加入后议程超过 2000 字，请先精简议程',
} as const
