/**
 * BUSY: a transaction that still met a write conflict after every retry of
 * the function (many members writing at the same moment). It wrote nothing,
 * so sending the request again is safe; the client does so by itself for the
 * actions listed here, each idempotent (a repeat answers the first result and
 * writes nothing more), before it shows anything. Zod-free: the client
 * imports it at run time.
 */
import type { ActionName, FunctionName } from './index'

export const BUSY_MESSAGE = '当前使用人数较多，请稍候重试'

/** The rush actions and the words their BUSY answer uses. */
export const busyRetried = {
  events: { checkIn: '当前签到人数较多，请稍候重试' },
  notices: { acknowledgeNotice: '当前签阅人数较多，请稍候重试' },
  points: { completeStudy: '当前学习人数较多，请稍候重试', awardManually: '当前积分记录较多，请稍候重试' },
  review: { castBallot: '当前评议人数较多，请稍候重试', changeBallot: '当前评议人数较多，请稍候重试' },
} satisfies { [F in FunctionName]?: { [A in ActionName<F>]?: string } }

const wordsFor = (fn: string, action: string): string | undefined => {
  const table = (busyRetried as Record<string, Record<string, string> | undefined>)[fn]
  return table && Object.hasOwn(table, action) ? table[action] : undefined
}

/** Whether the client sends `fn.action` again on BUSY. */
export const retriedOnBusy = (fn: string, action: string): boolean => wordsFor(fn, action) !== undefined

/** The Chinese message of a BUSY answer to `fn.action`. */
export const busyMessage = (fn: string, action: string): string => wordsFor(fn, action) ?? BUSY_MESSAGE

/** How often the client sends a retried action again on BUSY; the function has already retried for about a second. */
export const BUSY_RETRIES = 4
const BUSY_BASE_MS = 300

/** A random pause of up to 0.3, 0.6, 1.2, 2.4 s (full jitter), so a room of phones spreads out. */
const pause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * BUSY_BASE_MS * 2 ** attempt))

/** Sends again while the answer is BUSY, up to BUSY_RETRIES times; resolves with the last answer. */
export const sendRetryingBusy = async <E extends { ok: boolean; code?: string }>(
  send: () => Promise<E>,
): Promise<E> => {
  for (let attempt = 0; ; attempt++) {
    const envelope = await send()
    if (attempt >= BUSY_RETRIES || envelope?.ok !== false || envelope.code !== 'BUSY') return envelope
    await pause(attempt)
  }
}
