import { z } from 'zod'
import { action } from './define'
import { finite, formRequestId, id, instant, integer, list, optionalText, payload, text } from '../validation'
import type { Instant } from './common'
import { minutesInput, type Minutes } from './minutes'
import {
  CHECKIN_METHODS,
  DEFAULT_LATE_AFTER_MINUTES,
  DEFAULT_OPENS_BEFORE_MINUTES,
  DEFAULT_RADIUS_METERS,
  EVENT_TEXT_LIMITS as LIMITS,
  EVENT_TYPES,
  type Attendance,
  type CheckinMethod,
  type CheckinWay,
  type EventPhase,
  type EventStatus,
  type EventType,
  type LeaveStatus,
} from './eventTypes'

export type * from './eventTypes'
export type * from './minutes'

/** A single coordinate pair; gcj02 as WeChat's getLocation and chooseLocation return it. */
const latitude = finite('纬度', -90, 90)
const longitude = finite('经度', -180, 180)

const eventType = z.enum(EVENT_TYPES, { errorMap: () => ({ message: '活动类型不正确' }) })
const checkinMethod = z.enum(CHECKIN_METHODS, { errorMap: () => ({ message: '签到方式不正确' }) })

const venue = z
  .object(
    {
      name: text('活动地点', { max: LIMITS.venue }),
      latitude: latitude.nullable().optional(),
      longitude: longitude.nullable().optional(),
      radius: integer('签到范围', 50, 2000).default(DEFAULT_RADIUS_METERS),
    },
    { required_error: '请填写活动地点', invalid_type_error: '活动地点格式不正确' },
  )
  .strict()
  .refine((value) => (value.latitude == null) === (value.longitude == null), {
    message: '请同时填写经度和纬度',
  })

/** Longest meeting the app accepts: a full day covers 组织生活会 and 主题党日 outings. */
const MAX_DURATION_MS = 24 * 3600 * 1000

const eventFields = {
  type: eventType,
  title: text('活动主题', { max: LIMITS.title }),
  agenda: optionalText('活动议程', LIMITS.agenda),
  venue,
  start: instant('开始时间'),
  end: instant('结束时间'),
  groupId: id('党小组').nullable().optional(),
  /** Omitted: the type's default audience (branch, committee or group). */
  expectedMemberIds: list('参会人员', id('党员'), 1000).optional(),
  method: checkinMethod.default('code'),
  opensBeforeMinutes: integer('提前开放签到分钟数', 0, 240).default(DEFAULT_OPENS_BEFORE_MINUTES),
  lateAfterMinutes: integer('迟到判定分钟数', 0, 240).default(DEFAULT_LATE_AFTER_MINUTES),
}

const scheduleRule = (value: { start: string; end: string }, ctx: z.RefinementCtx) => {
  const start = Date.parse(value.start)
  const end = Date.parse(value.end)
  if (end <= start) ctx.addIssue({ code: z.ZodIssueCode.custom, message: '结束时间必须晚于开始时间' })
  else if (end - start > MAX_DURATION_MS)
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: '活动时长不能超过 24 小时' })
}

/** `requestId`: generated once per form, so a retried publish answers the event it already made. */
const eventInput = payload({ ...eventFields, requestId: formRequestId() }).superRefine(scheduleRule)
const eventUpdate = payload({ eventId: id('活动'), ...eventFields }).superRefine(scheduleRule)

const leaveDecision = payload({
  eventId: id('活动'),
  memberId: id('党员'),
  approve: z.boolean({ required_error: '请选择是否批准' }),
  note: optionalText('驳回理由', LIMITS.decisionNote),
}).superRefine((value, ctx) => {
  if (!value.approve && (value.note ?? '').length < 2)
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['note'], message: '请填写驳回理由（至少 2 个字），党员会看到' })
})

const location = z
  .object(
    {
      latitude,
      longitude,
      accuracy: finite('定位精度', 0, 100000),
    },
    { invalid_type_error: '定位信息格式不正确' },
  )
  .strict()

const sixDigits = z
  .string({ invalid_type_error: '签到码格式不正确' })
  .trim()
  .regex(/^\d{6}$/, '签到码应为 6 位数字')

const month = z
  .string({ required_error: '请选择月份', invalid_type_error: '月份格式不正确' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')

export interface Venue {
  name: string
  latitude: number | null
  longitude: number | null
  radius: number
}

/** The caller's own standing for an event. */
export interface MyStanding {
  attendance: Attendance
  expected: boolean
  checkedInAt: Instant | null
  late: boolean
  /** `decisionNote`: why the secretary rejected it. */
  leave: { status: LeaveStatus; reason: string; decisionNote: string | null } | null
}

export interface EventSummary {
  id: string
  branchId: string
  type: EventType
  title: string
  venueName: string
  start: Instant
  end: Instant
  status: EventStatus
  phase: EventPhase
  method: CheckinMethod
  me: MyStanding
}

export interface EventDetail extends Omit<EventSummary, 'venueName'> {
  groupId: string | null
  groupName: string | null
  agenda: string
  venue: Venue
  checkinOpensAt: Instant
  /** The end, or earlier when the secretary closed check-in. */
  checkinClosesAt: Instant
  lateAfter: Instant
  opensBeforeMinutes: number
  lateAfterMinutes: number
  expectedCount: number
  expectedMemberIds: string[]
  minutes: Minutes | null
  cancelledAt: Instant | null
  cancelReason: string | null
  /** The caller is this branch's secretary. */
  canManage: boolean
  /** The caller may see attendance (branch committee, secretary, leaders, admins). */
  canSeeAttendance: boolean
  serverNow: Instant
}

/** A secretary's list line: the event with its attendance figures. */
export interface BranchEventRow extends EventSummary {
  expectedCount: number
  checkedInCount: number
  lateCount: number
  leaveCount: number
}

/** wxacode: a 小程序码 WeChat's 扫一扫 opens; link: the local h5 page's URL; inApp: only the in-app scanner reads it. */
export type CheckinQrKind = 'wxacode' | 'link' | 'inApp'

export interface CurrentCode {
  eventId: string
  title: string
  open: boolean
  /** Null while the window is closed. */
  code: string | null
  /** A data URL of the code carrying `path`, and what it is: see `CheckinQrKind`. */
  qrImage: string | null
  qrKind: CheckinQrKind | null
  path: string | null
  slotEndsAt: Instant | null
  checkinOpensAt: Instant
  end: Instant
  serverNow: Instant
}

export interface CheckInResult {
  eventId: string
  at: Instant
  late: boolean
  method: CheckinWay
  distance: number | null
  /** False when this was a retry of a check-in that already existed. */
  created: boolean
}

export interface LeaveView {
  eventId: string
  eventTitle: string
  eventStart: Instant
  memberId: string
  memberName: string
  reason: string
  status: LeaveStatus
  requestedAt: Instant
  decidedAt: Instant | null
  decidedByName: string | null
  /** The secretary's reason for a rejection. */
  decisionNote: string | null
}

/** 我的出勤: one year of the caller's events (started ones, newest first) and leave requests. */
export interface MyAttendance {
  year: number
  /** Over the year's ended events the caller was expected at (cancelled ones do not count). */
  counts: { expected: number; present: number; late: number; onLeave: number; absent: number }
  events: EventSummary[]
  /** Every leave request of the year, newest event first. */
  leaves: LeaveView[]
}

export interface AttendeeRow {
  memberId: string
  name: string
  groupName: string | null
  attendance: Attendance
  at: Instant | null
  method: CheckinWay | null
  distance: number | null
  makeupReason: string | null
  makeupByName: string | null
  leaveReason: string | null
}

export interface AttendanceCounts {
  expected: number
  checkedIn: number
  late: number
  onLeave: number
  absent: number
  /** Not yet checked in while the window is still open. */
  waiting: number
}

export interface LiveAttendance {
  eventId: string
  title: string
  phase: EventPhase
  windowOpen: boolean
  counts: AttendanceCounts
  attendees: AttendeeRow[]
  pendingLeaves: LeaveView[]
  serverNow: Instant
}

export interface ExportedFile {
  fileID: string
  fileName: string
}

export const eventsContract = {
  /** Secretary: a new event for their own branch. */
  createEvent: action<EventDetail>()(eventInput),
  updateEvent: action<EventDetail>()(eventUpdate),
  cancelEvent: action<EventDetail>()(
    payload({ eventId: id('活动'), reason: optionalText('取消原因', LIMITS.cancelReason) }),
  ),
  /** Any member of the event's branch (meeting notices link here), leaders and admins. */
  getEvent: action<EventDetail>()(payload({ eventId: id('活动') })),
  /** 首页: the caller's upcoming and recent events with their standing. */
  listMyEvents: action<EventSummary[]>()(payload({})),
  /** 我的出勤 and 我的请假: the caller's own year (Asia/Shanghai), this year unless given. */
  myAttendance: action<MyAttendance>()(payload({ year: integer('年份', 2000, 2100).optional() })),
  /** A branch's events in one month (Asia/Shanghai) with attendance figures. */
  listBranchEvents: action<BranchEventRow[]>()(payload({ branchId: id('支部').optional(), month })),
  /** Secretary's check-in screen: the code of the current 20-second slot and its QR image. */
  currentCode: action<CurrentCode>()(payload({ eventId: id('活动') })),
  checkIn: action<CheckInResult>()(
    payload({ eventId: id('活动'), code: sixDigits.optional(), location: location.optional() }),
  ),
  requestLeave: action<LeaveView>()(
    payload({ eventId: id('活动'), reason: text('请假理由', { min: 2, max: LIMITS.leaveReason }) }),
  ),
  /** A rejection carries the reason the member reads (`note`). */
  decideLeave: action<LeaveView>()(leaveDecision),
  /** Secretary: pending leave requests of their branch. */
  listPendingLeaves: action<LeaveView[]>()(payload({})),
  makeUpCheckIn: action<CheckInResult>()(
    payload({
      eventId: id('活动'),
      memberId: id('党员'),
      reason: text('补签原因', { min: 2, max: LIMITS.makeupReason }),
    }),
  ),
  /** Secretary: the venues their branch used before (常用地点), newest first, with coordinates. */
  listVenues: action<Venue[]>()(payload({})),
  /** Secretary: ends check-in before the meeting's end (minutes alone never do). */
  closeCheckin: action<EventDetail>()(payload({ eventId: id('活动') })),
  liveAttendance: action<LiveAttendance>()(payload({ eventId: id('活动') })),
  recordMinutes: action<EventDetail>()(minutesInput),
  exportEventLedger: action<ExportedFile>()(payload({ eventId: id('活动') })),
  exportMonthLedger: action<ExportedFile>()(payload({ branchId: id('支部').optional(), month })),
}

export const eventsErrors = {
  EVENT_CANCELLED: '活动已取消',
  EVENT_ENDED: '活动已结束，不能修改',
  EVENT_HELD: '活动已召开，不能取消',
  EVENT_SCHEDULE_INVALID: '活动时间不正确',
  EVENT_GROUP_REQUIRED: '党小组会请选择党小组',
  EVENT_ATTENDEES_INVALID: '参会人员必须是本支部的正常党员',
  EVENT_VENUE_LOCATION_REQUIRED: '定位签到需要设置活动地点的经纬度',
  CHECKIN_NOT_OPEN: '签到尚未开始',
  CHECKIN_CLOSED: '签到已结束',
  CHECKIN_NOT_EXPECTED: '您不在本次活动的参会范围内',
  CHECKIN_CODE_REQUIRED: '请扫描签到二维码或输入 6 位签到码',
  CHECKIN_CODE_INVALID: '签到码错误或已过期，请以签到屏上最新的签到码为准',
  CHECKIN_LOCATION_REQUIRED: '本活动需要定位签到，请允许获取位置后重试',
  CHECKIN_LOCATION_INACCURATE: '定位精度不足，请到窗边或开阔处重新定位',
  CHECKIN_TOO_FAR: '您不在活动地点附近，无法签到',
  CHECKIN_EXISTS: '该党员已签到，无需补签',
  MAKEUP_TOO_EARLY: '签到开始后才能补签',
  LEAVE_TOO_LATE: '活动已开始，不能再请假，请直接联系支部书记',
  LEAVE_ALREADY_APPROVED: '您的请假已批准，无需重复提交',
  LEAVE_AFTER_CHECKIN: '您已签到，无需请假',
  LEAVE_DECIDED: '该请假申请已处理',
  MINUTES_TOO_EARLY: '活动开始后才能填写会议记录',
} as const

export type EventInput = z.output<typeof eventInput>
export type EventUpdateInput = z.output<typeof eventUpdate>
export type CheckInInput = z.output<(typeof eventsContract)['checkIn']['input']>
