/**
 * Write conflicts inside transactions, handled the way the SDK intends.
 *
 * The cloud fails a transaction's write at once when another open
 * transaction wrote the document or it changed since the transaction began
 * (first writer wins). wx-server-sdk then drops the error's `code` (it
 * answers errCode -501001 "resource system error" with the cloud's
 * `[ResourceUnavailable.TransactionConflict]` message), so the SDK's own
 * runTransaction, which retries only on `code ===
 * 'DATABASE_TRANSACTION_CONFLICT'` and without any pause, would not retry it.
 * This puts the code back and waits a random, growing pause before each
 * retry (full jitter), so colliding transactions spread out instead of
 * colliding again.
 *
 * A transaction issues independent requests together (one read round, one
 * write round). When one of them meets the conflict, the cloud aborts the
 * transaction and the others answer TransactionNotExist; whichever answer
 * arrives first is what the callback sees. Inside the callback, before any
 * commit, a transaction that no longer exists has committed nothing, so that
 * answer is retried like the conflict it comes from.
 */
import type { Database } from './database'

const CONFLICT_CODE = 'DATABASE_TRANSACTION_CONFLICT'
/** Retries after the first run; the SDK's default is 3. */
export const CONFLICT_RETRIES = 8
const BASE_PAUSE_MS = 4
const MAX_PAUSE_MS = 200

export const isTransactionConflict = (error: unknown): boolean =>
  error instanceof Error &&
  ((error as { code?: unknown }).code === CONFLICT_CODE ||
    String((error as { errMsg?: unknown }).errMsg ?? error.message).includes(
      '[ResourceUnavailable.TransactionConflict]',
    ))

const isTransactionGone = (error: unknown): boolean =>
  error instanceof Error &&
  String((error as { errMsg?: unknown }).errMsg ?? error.message).includes('[ResourceUnavailable.TransactionNotExist]')

const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_PAUSE_MS, BASE_PAUSE_MS * 2 ** attempt)))

/** The database with a runTransaction that retries write conflicts (up to CONFLICT_RETRIES, with backoff). */
export function retryingConflicts(db: Database): Database {
  const runTransaction: Database['runTransaction'] = (fn, retries = CONFLICT_RETRIES) => {
    let attempt = 0
    return db.runTransaction(async (tx) => {
      try {
        return await fn(tx)
      } catch (error) {
        if (!isTransactionConflict(error) && !isTransactionGone(error)) throw error
        Object.assign(error as object, { code: CONFLICT_CODE })
        if (attempt < retries) await pause(attempt++)
        throw error
      }
    }, retries)
  }
  return Object.assign(Object.create(db) as Database, { runTransaction })
}
