import { createContext, useCallback, useContext, useEffect, useMemo, useState, type PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import type { Me, Profile } from '@contract'
import { getMe } from '@/api/members'
import type { ApiError } from '@/api/transport'

export const BIND_PAGE = '/pages/bind/index'
export const HOME_PAGE = '/pages/index/index'

interface MeState {
  me: Me | undefined
  error: ApiError | undefined
  loading: boolean
  /** Fetches `getMe` again (after binding, on pull-down in 我的). */
  refresh: () => Promise<void>
  /** Stores the profile returned by `bind` without another round trip. */
  setProfile: (profile: Profile) => void
}

const MeContext = createContext<MeState | null>(null)

/** Loads "who am I" once for the whole app; pages read it from context. */
export function MeProvider({ children }: PropsWithChildren) {
  const [me, setMe] = useState<Me>()
  const [error, setError] = useState<ApiError>()
  /** Only the first load: a refresh (我的 shown again) keeps the pages as they are until the answer comes. */
  const [loading, setLoading] = useState(true)

  const refresh = useCallback(async () => {
    try {
      setMe(await getMe({ silent: true }))
      setError(undefined)
    } catch (err) {
      setError(err as ApiError)
    } finally {
      setLoading(false)
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const setProfile = useCallback((profile: Profile) => setMe({ bound: true, profile }), [])
  const value = useMemo(() => ({ me, error, loading, refresh, setProfile }), [me, error, loading, refresh, setProfile])
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>
}

export function useMe(): MeState {
  const state = useContext(MeContext)
  if (!state) throw new Error('useMe outside MeProvider')
  return state
}

/**
 * For pages that need a bound member: sends an unbound user to the binding
 * page and returns the profile once known.
 */
export function useBoundProfile() {
  const state = useMe()
  const unbound = state.me?.bound === false
  useEffect(() => {
    if (unbound) void Taro.reLaunch({ url: BIND_PAGE })
  }, [unbound])
  return { ...state, profile: state.me?.bound ? state.me.profile : undefined }
}
