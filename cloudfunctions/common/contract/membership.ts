import { z } from 'zod'
import { action } from './define'
import { calendarDay, formRequestId, id, payload, phone, text } from '../validation'
import type { RosterEntry } from './members'

/**
 * 组织关系: a member's relation to the organisation begins and ends on the
 * roster — transferred in from another organisation, transferred out with a
 * 介绍信, or ended (出党, 去世). Each change is dated and kept in the
 * member's history; nothing is deleted.
 */

const letterNo = () => text('介绍信编号', { max: 40 })
const on = (label: string) => calendarDay(label)

export const ENDINGS = ['deceased', 'left'] as const
export type Ending = (typeof ENDINGS)[number]

export const membershipContract = {
  /** Admin: the member's 组织关系 leaves for another organisation; the entry stays with status 已转出. */
  transferOut: action<RosterEntry>()(
    payload({
      memberId: id('党员'),
      on: on('转出日期'),
      destination: text('转往党组织', { max: 60 }),
      letterNo: letterNo(),
    }),
  ),
  /** Admin: a member arriving from another organisation joins a branch of their subtree. */
  transferIn: action<RosterEntry>()(
    payload({
      name: text('姓名', { max: 20 }),
      phone: phone(),
      branchId: id('支部'),
      joinedOn: calendarDay('入党日期'),
      probationary: z.boolean({ invalid_type_error: '是否预备党员格式不正确' }).optional(),
      origin: text('转出党组织', { max: 60 }),
      letterNo: letterNo(),
      on: on('转入日期'),
      requestId: formRequestId(),
    }),
  ),
  /** Admin: membership ends (出党 or 去世) on a date, with the reason. */
  endMembership: action<RosterEntry>()(
    payload({
      memberId: id('党员'),
      ending: z.enum(ENDINGS, { errorMap: () => ({ message: '请选择出党或去世' }) }),
      on: on('日期'),
      reason: text('原因', { max: 200 }),
    }),
  ),
}

export const membershipErrors = {
  MEMBERSHIP_NOT_ACTIVE: '该党员的组织关系已不在本组织，不能再办理',
  MEMBERSHIP_DATE_INVALID: '日期不能晚于今天',
  MEMBERSHIP_PHONE_TAKEN: '该手机号已在党员名册中',
} as const
