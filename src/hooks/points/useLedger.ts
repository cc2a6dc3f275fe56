import { useCallback, useEffect, useState } from 'react'
import type { LedgerEntry } from '@contract'
import { listEntries } from '@/api/points'
import { ApiError } from '@/api/transport'

/** A member's ledger (mine when memberId is undefined), newest first, a page at a time. */
export function useLedger(memberId?: string) {
  const [entries, setEntries] = useState<LedgerEntry[]>([])
  const [nextBefore, setNextBefore] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError>()

  const load = useCallback(
    async (before?: string) => {
      setLoading(true)
      try {
        const page = await listEntries(
          { ...(memberId ? { memberId } : {}), ...(before ? { before } : {}) },
          { silent: true },
        )
        setEntries((previous) => (before ? [...previous, ...page.entries] : page.entries))
        setNextBefore(page.nextBefore)
        setError(undefined)
      } catch (err) {
        setError(err instanceof ApiError ? err : new ApiError('INTERNAL', '加载失败，请稍后再试'))
      } finally {
        setLoading(false)
      }
    },
    [memberId],
  )

  useEffect(() => {
    void load()
  }, [load])

  return {
    entries,
    loading,
    error,
    hasMore: nextBefore !== null,
    loadMore: () => nextBefore && void load(nextBefore),
    reload: () => load(),
  }
}
