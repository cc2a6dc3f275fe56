import cloud from 'wx-server-sdk'
import { z } from 'zod'
import type { ActionSpec, OutputOf, ParsedInputOf } from './contract/define'
import { contract as functions, type Envelope, type Role } from './contract'
import { busyMessage } from './contract/busy'
import { AppError } from './errors'
import { administersOrganisation } from './rules/access'
import { hasAnyRole, resolveCaller, type BoundCaller, type Caller } from './caller'
import type { Database } from './db/database'
import { isTransactionConflict, retryingConflicts } from './db/conflicts'
import { chineseErrorMap, describeZodError, zodErrorField } from './validation'

z.setErrorMap(chineseErrorMap)
// The SDK's typings predate DYNAMIC_CURRENT_ENV being a symbol.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

/**
 * Who may run an action: anyone with a WeChat identity, any bound member, an
 * admin of the whole tree (organisation-wide settings), or holders of one of
 * the roles (the use case then asks common/rules/access.ts where they reach).
 */
export type Access = 'anyone' | 'member' | 'organisationAdmin' | readonly Role[]

export interface Context<C extends Caller = BoundCaller> {
  db: Database
  caller: C
  now: Date
}

export interface TimerContext {
  db: Database
  now: Date
}

type Run<A, C extends Caller> = (ctx: Context<C>, input: ParsedInputOf<A>) => Promise<OutputOf<A>>

export type ActionDef<A> =
  { access: 'anyone'; run: Run<A, Caller> } | { access: Exclude<Access, 'anyone'>; run: Run<A, BoundCaller> }

export type ActionTable<C extends Record<string, ActionSpec>> = { [K in keyof C]: ActionDef<C[K]> }

export type TimerTable = Record<string, (ctx: TimerContext) => Promise<unknown>>

/**
 * A platform callback that is not an action (WeChat Pay's payment result):
 * recognised by its shape, run without a caller, answered with the envelope
 * plus WeChat's `errcode` (0 = handled; anything else makes WeChat call again).
 */
export interface Callback {
  matches(event: unknown): boolean
  run(ctx: TimerContext, event: unknown): Promise<unknown>
}

const eventShape = z.object({ action: z.string().max(64), payload: z.unknown() })
const timerShape = z.object({ Type: z.literal('Timer'), TriggerName: z.string() })

export const openDatabase = (): Database => retryingConflicts(cloud.database() as unknown as Database)

/**
 * The thin adapter of every cloud function: validate `{action, payload}`,
 * resolve the caller from the WeChat context, check access, run the use case
 * and answer with one envelope.
 */
export const createFunction = <C extends Record<string, ActionSpec>>(
  contract: C,
  actions: ActionTable<C>,
  timers: TimerTable = {},
  callback?: Callback,
) => {
  const name = Object.entries(functions).find(([, domain]) => (domain as unknown) === contract)?.[0] ?? ''
  return async (event: unknown): Promise<Envelope<unknown>> => {
    try {
      const { OPENID } = cloud.getWXContext()
      const timer = timerShape.safeParse(event)
      if (timer.success && !OPENID) return await runTimer(timers, timer.data.TriggerName)
      if (callback?.matches(event)) return await runCallback(callback, event)
      return { ok: true, data: await dispatch(contract, actions, event, OPENID) }
    } catch (error) {
      const failure = toFailure(error, () => busyMessage(name, actionOf(event)))
      return callback?.matches(event) ? withErrcode(failure, 1) : failure
    }
  }
}

const actionOf = (event: unknown): string => {
  const action = (event as { action?: unknown } | null)?.action
  return typeof action === 'string' ? action : ''
}

const dispatch = async <C extends Record<string, ActionSpec>>(
  contract: C,
  actions: ActionTable<C>,
  event: unknown,
  openid: string | undefined,
): Promise<unknown> => {
  const parsed = eventShape.safeParse(event)
  if (!parsed.success) throw new AppError('INVALID_INPUT', '请求格式不正确')
  const name = parsed.data.action
  if (!Object.hasOwn(actions, name)) throw new AppError('UNKNOWN_ACTION', `不支持的操作：${name.slice(0, 64)}`)
  if (!openid) throw new AppError('NO_SESSION')
  const db = openDatabase()
  const caller = await resolveCaller(db, openid)
  const def = actions[name] as ActionDef<ActionSpec>
  const now = new Date()
  assertAccess(def.access, caller, now)
  // An omitted payload means "no fields"; an explicit null is malformed like any other non-object.
  const { payload } = parsed.data
  const input = contract[name].input.safeParse(payload === undefined ? {} : payload)
  if (!input.success) throw new AppError('INVALID_INPUT', describeZodError(input.error), zodErrorField(input.error))
  const ctx = { db, caller, now }
  return def.access === 'anyone' ? def.run(ctx, input.data) : def.run(ctx as Context, input.data)
}

const assertAccess = (access: Access, caller: Caller, now: Date): void => {
  if (access === 'anyone') return
  const { member } = caller
  if (!member) throw new AppError('NOT_BOUND')
  if (member.status !== 'active') throw new AppError('FORBIDDEN', '您的党员状态不是正常，无法使用此功能')
  if (member.accessUntil && new Date(member.accessUntil) <= now)
    throw new AppError('FORBIDDEN', '审核账号已过期，请联系党务管理员重新生成审核邀请码')
  if (access === 'organisationAdmin' && !administersOrganisation(member)) throw new AppError('FORBIDDEN')
  if (typeof access !== 'string' && !hasAnyRole(member, access)) throw new AppError('FORBIDDEN')
}

const runTimer = async (timers: TimerTable, name: string): Promise<Envelope<unknown>> => {
  const timer = Object.hasOwn(timers, name) ? timers[name] : undefined
  if (!timer) throw new AppError('UNKNOWN_ACTION', `未知的定时任务：${name.slice(0, 64)}`)
  return { ok: true, data: await timer({ db: openDatabase(), now: new Date() }) }
}

/** WeChat reads `errcode` (0: handled) from a callback's answer; the envelope stays for everything else. */
const withErrcode = (envelope: Envelope<unknown>, errcode: number): Envelope<unknown> =>
  Object.assign(envelope, { errcode, errmsg: envelope.ok ? '' : envelope.message })

const runCallback = async (callback: Callback, event: unknown): Promise<Envelope<unknown>> =>
  withErrcode({ ok: true, data: await callback.run({ db: openDatabase(), now: new Date() }, event) }, 0)

/**
 * Expected failures keep their code. A write conflict that outlived every
 * retry (`retryingConflicts`) is contention, not a fault: BUSY, in the
 * action's own words; it wrote nothing, and the client sends it again.
 */
const toFailure = (error: unknown, busyWords: () => string): Envelope<never> => {
  if (error instanceof AppError)
    return { ok: false, code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) }
  if (isTransactionConflict(error)) {
    console.warn('Transaction conflict after every retry: answered BUSY')
    return { ok: false, code: 'BUSY', message: busyWords() }
  }
  console.error('Unexpected error in cloud function', error)
  return { ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' }
}
