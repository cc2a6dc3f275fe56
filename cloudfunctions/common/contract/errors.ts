import { BUSY_MESSAGE } from './busy'
import { developmentErrors } from './development'
import { duesErrors } from './dues'
import { eventsErrors } from './events'
import { membersErrors } from './members'
import { noticesErrors } from './notices'
import { pointsErrors } from './points'
import { reviewErrors } from './review'
import { statsErrors } from './stats'

/** Errors any action can return. Domain tables live beside each domain's contract. */
export const commonErrors = {
  INVALID_INPUT: '提交的内容有误，请检查后重试',
  UNKNOWN_ACTION: '不支持的操作',
  NO_SESSION: '登录已失效，请重新进入',
  NOT_BOUND: '请先绑定党员身份',
  FORBIDDEN: '您没有权限执行此操作',
  NOT_FOUND: '记录不存在或已删除',
  CONFLICT: '数据已被修改，请刷新后重试',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  /** A write conflict outlived every retry (many members at once); per-action wording in `busy.ts`. */
  BUSY: BUSY_MESSAGE,
  INTERNAL: '服务器开小差了，请稍后再试',
} as const

export const errorMessages = {
  ...commonErrors,
  ...membersErrors,
  ...eventsErrors,
  ...pointsErrors,
  ...noticesErrors,
  ...statsErrors,
  ...reviewErrors,
  ...duesErrors,
  ...developmentErrors,
} as const

export type ErrorCode = keyof typeof errorMessages

/** The one envelope every cloud function returns; `field` names the input a failure is about, when it is one. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; field?: string }
