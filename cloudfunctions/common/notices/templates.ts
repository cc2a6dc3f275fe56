import type { NoticeDoc } from '../db/models/notices'
import { inZone } from '../time'
import type { Message } from './messages'

/**
 * The data of each subscribe-message template. Keywords follow the templates
 * chosen in the WeChat console (README "Notices: subscribe messages"); WeChat
 * rejects a `thing` longer than 20 characters, so values are clipped.
 */
const thing = (value: string) => ({ value: value.length > 20 ? `${value.slice(0, 19)}…` : value || '—' })
const time = (at: Date) => ({ value: inZone(at).format('YYYY年M月D日 HH:mm') })

export const NOTICE_PAGE = 'pages/notice-detail/index'
/** The events feature's member check-in page. */
export const CHECKIN_PAGE = 'pages/checkin/index'
/** The events feature's member event page. */
export const EVENT_PAGE = 'pages/event/index'

export const noticePage = (noticeId: string) => `${NOTICE_PAGE}?id=${noticeId}`

const publisherLine = (notice: NoticeDoc) => (notice.scope === 'organisation' ? '党委' : notice.publisherName)

/** 新通知提醒: thing1 标题, thing2 发布人, time3 发布时间, thing4 备注. */
export const publishedMessage = (templateId: string, notice: NoticeDoc): Message => ({
  templateId,
  page: noticePage(notice._id),
  data: {
    thing1: thing(notice.title),
    thing2: thing(publisherLine(notice)),
    time3: time(notice.publishedAt),
    thing4: thing(notice.requiresAck ? '请及时查看并签阅' : '请及时查看'),
  },
})

/** The same template tells a meeting notice's recipients that the meeting was cancelled. */
export const cancelledMessage = (templateId: string, notice: NoticeDoc, now: Date): Message => ({
  templateId,
  page: noticePage(notice._id),
  data: {
    thing1: thing(notice.title),
    thing2: thing(publisherLine(notice)),
    time3: time(now),
    thing4: thing('会议已取消，请留意后续安排'),
  },
})

/** 未读提醒: thing1 标题, thing2 提醒内容, time3 发布时间. */
export const reminderMessage = (templateId: string, notice: NoticeDoc): Message => ({
  templateId,
  page: noticePage(notice._id),
  data: {
    thing1: thing(notice.title),
    thing2: thing(notice.requiresAck ? '您有一条通知尚未阅读签阅' : '您有一条通知尚未阅读'),
    time3: time(notice.publishedAt),
  },
})

export interface MeetingFacts {
  eventId: string
  title: string
  start: Date
  venue: string
}

const meetingLayout = (templateId: string, meeting: MeetingFacts, note: string): Message => ({
  templateId,
  page: `${CHECKIN_PAGE}?eventId=${meeting.eventId}`,
  data: {
    thing1: thing(meeting.title),
    time2: time(meeting.start),
    thing3: thing(meeting.venue),
    thing4: thing(note),
  },
})

/** 会前提醒: thing1 会议名称, time2 开始时间, thing3 地点, thing4 备注. */
export const meetingMessage = (templateId: string, meeting: MeetingFacts, minutesLeft: number): Message =>
  meetingLayout(templateId, meeting, `会议将于约 ${minutesLeft} 分钟后开始`)

/** The same 会前提醒 template tells the expected members that a meeting without a notice was cancelled. */
export const meetingCancelledMessage = (templateId: string, meeting: MeetingFacts, note: string): Message =>
  meetingLayout(templateId, meeting, note)

export interface LeaveDecisionFacts {
  eventId: string
  title: string
  start: Date
  approved: boolean
  /** The secretary's reason for a rejection. */
  note: string | null
}

/** 请假审批结果: thing1 活动名称, time2 活动时间, phrase3 审批结果, thing4 备注. Opens the member's event page. */
export const leaveDecisionMessage = (templateId: string, leave: LeaveDecisionFacts): Message => ({
  templateId,
  page: `${EVENT_PAGE}?eventId=${leave.eventId}`,
  data: {
    thing1: thing(leave.title),
    time2: time(leave.start),
    phrase3: { value: leave.approved ? '已批准' : '未批准' },
    thing4: thing(leave.approved ? '本次活动不计缺席' : `驳回理由：${leave.note ?? '—'}`),
  },
})

/** The member's own page (我的), where the 政治生日 greeting shows on the day. */
export const MINE_PAGE = 'pages/mine/index'

export interface BirthdayFacts {
  name: string
  /** 入党日期 `1998-11-30`. */
  joinedOn: string
  /** 入党 N 周年. */
  years: number
}

/** 政治生日提醒: thing1 党员姓名, date2 入党日期, thing3 祝福语. Opens 我的. */
export const birthdayMessage = (templateId: string, member: BirthdayFacts): Message => ({
  templateId,
  page: MINE_PAGE,
  data: {
    thing1: thing(member.name),
    date2: { value: inZone(new Date(`${member.joinedOn}T00:00:00+08:00`)).format('YYYY年M月D日') },
    thing3: thing(`入党${member.years}周年，不忘初心、牢记使命`),
  },
})
