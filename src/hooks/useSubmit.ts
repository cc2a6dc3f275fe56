import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { ApiError } from '@/api/transport'

export interface SubmitOptions<R, A extends unknown[]> {
  /**
   * Keep the failure for inline display: an `ApiError`'s own message, else this
   * text (call the api with `{ silent: true }`). Without it the error is not kept:
   * the transport has toasted it.
   */
  fallback?: string
  /** Takes the failure instead (e.g. `useFieldError().fail`); `keep` puts a message inline. */
  onError?: (error: unknown, keep: (message: string) => void) => void
  /** Shown once the call resolved, before `onDone`. */
  toast?: { title: string | ((result: R) => string); icon?: 'success' | 'none' }
  /** Runs after the toast, still inside the running state (reload, reset the form, navigate). */
  onDone?: (result: R, ...args: A) => unknown
}

/** The state a submission reports while it runs. */
export interface SubmitReport {
  running: (value: boolean) => void
  error: (message: string | undefined) => void
}

/**
 * One submission: `running` true while `call` and `onDone` run, the error
 * cleared first and set on failure (see `fallback`, `onError`). Resolves true
 * when it succeeded; never rejects.
 */
export const submission = async <R, A extends unknown[]>(
  call: (...args: A) => Promise<R>,
  { fallback, onError, toast, onDone }: SubmitOptions<R, A>,
  report: SubmitReport,
  args: A,
): Promise<boolean> => {
  report.running(true)
  report.error(undefined)
  try {
    const result = await call(...args)
    if (toast) {
      const title = typeof toast.title === 'function' ? toast.title(result) : toast.title
      void Taro.showToast({ title, icon: toast.icon ?? 'success' })
    }
    await onDone?.(result, ...args)
    return true
  } catch (err) {
    if (onError) onError(err, report.error)
    else if (fallback !== undefined) report.error(err instanceof ApiError ? err.message : fallback)
    return false
  } finally {
    report.running(false)
  }
}

/**
 * A form's submit (or any action a tap starts): `run(...args)` calls `call`,
 * shows the toast and runs `onDone`; a tap while it runs is ignored. `error` is
 * the inline message (see `fallback`); `setError` puts a client-side check's
 * message there.
 */
export function useSubmit<R, A extends unknown[] = []>(
  call: (...args: A) => Promise<R>,
  options: SubmitOptions<R, A> = {},
) {
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<string>()
  const latest = useRef({ call, options })
  latest.current = { call, options }
  const busy = useRef(false)

  const run = useCallback(async (...args: A): Promise<boolean> => {
    if (busy.current) return false
    const report: SubmitReport = {
      running: (value) => {
        busy.current = value
        setRunning(value)
      },
      error: setError,
    }
    return submission(latest.current.call, latest.current.options, report, args)
  }, [])

  const clearError = useCallback(() => setError(undefined), [])
  return { run, running, error, setError, clearError }
}
