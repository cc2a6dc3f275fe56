import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { ApiError } from '@/api/transport'

export interface RequestState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  /** Loads again; resolves when done (never rejects). */
  reload: () => Promise<void>
  /** Replaces the data after a local change (e.g. an updated row). */
  setData: (update: (previous: T | undefined) => T | undefined) => void
}

export interface RequestOptions {
  /** Reload on the page's pull-down (the page config needs `enablePullDownRefresh: true`). */
  pullDownRefresh?: boolean
  /** Do not load until this is true (e.g. a selected branch). */
  ready?: boolean
}

const toApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError('INTERNAL', '加载失败，请稍后再试')

/**
 * Loads `fetcher()` when `deps` change. Errors are kept for inline display, so
 * fetchers should call the api with `{ silent: true }`. A late response for
 * old deps is dropped.
 */
export function useRequest<T>(
  fetcher: () => Promise<T>,
  deps: readonly unknown[],
  { pullDownRefresh = false, ready = true }: RequestOptions = {},
): RequestState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(ready)
  const latest = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    setLoading(true)
    try {
      const result = await fetcherRef.current()
      if (ticket !== latest.current) return
      setData(result)
      setError(undefined)
    } catch (err) {
      if (ticket === latest.current) setError(toApiError(err))
    } finally {
      if (ticket === latest.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    if (ready) void reload()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, reload, ...deps])

  usePullDownRefresh(() => {
    if (!pullDownRefresh) return
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return { data, error, loading, reload, setData }
}
