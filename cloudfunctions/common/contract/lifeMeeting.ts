import { z } from 'zod'
import { action } from './define'
import { calendarDay, emptyPayload, id, optionalText, payload, text } from '../validation'
import type { Instant } from './common'
import type { MemberRef } from './review'

/**
 * 组织生活会 records on a life_meeting event (actions of the `review`
 * function): theme, 批评与自我批评 notes, each member's 对照检查材料, and the
 * 整改清单 the secretary follows up after the meeting.
 */

const eventId = () => id('活动编号')
const recordInput = payload({
  eventId: eventId(),
  theme: text('会议主题', { max: 100 }),
  criticism: optionalText('批评与自我批评情况', 5000),
})
const materialInput = payload({ eventId: eventId(), text: text('对照检查材料', { max: 5000 }) })
const itemInput = payload({
  eventId: eventId(),
  item: text('整改事项', { max: 200 }),
  ownerId: id('责任人'),
  deadline: calendarDay('整改期限'),
  requestId: id('请求编号').optional(),
})
const followUpInput = payload({
  rectificationId: id('整改事项编号'),
  done: z.boolean({ required_error: '请选择是否已完成', invalid_type_error: '完成状态格式不正确' }),
  note: optionalText('跟进情况', 500),
})

export type LifeMeetingInput = z.infer<typeof recordInput>
export type RectificationInput = z.infer<typeof itemInput>
export type FollowUpInput = z.infer<typeof followUpInput>

export interface RectificationRow {
  id: string
  eventId: string
  item: string
  owner: MemberRef
  deadline: string
  status: 'open' | 'done'
  /** Still open after its deadline (Asia/Shanghai day). */
  overdue: boolean
  notes: { text: string; at: Instant; by: MemberRef }[]
}

export interface LifeMeetingView {
  eventId: string
  title: string
  theme: string
  criticism: string
  /** The committee sees every member's 对照检查材料; a member only their own. */
  materials: (MemberRef & { text: string; at: Instant })[]
  rectifications: RectificationRow[]
}

export const lifeMeetingContract = {
  recordLifeMeeting: action<LifeMeetingView>()(recordInput),
  submitCheckMaterial: action<LifeMeetingView>()(materialInput),
  getLifeMeeting: action<LifeMeetingView>()(payload({ eventId: eventId() })),
  addRectification: action<RectificationRow>()(itemInput),
  followUpRectification: action<RectificationRow>()(followUpInput),
  overdueRectifications: action<RectificationRow[]>()(emptyPayload()),
}

export const lifeMeetingErrors = {
  LIFE_MEETING_ONLY: '只有组织生活会可以填写此记录',
  RECTIFICATION_OWNER_OUTSIDE: '整改责任人须是本支部的党员',
  RECTIFICATION_DEADLINE_PAST: '整改期限不能早于今天',
} as const
