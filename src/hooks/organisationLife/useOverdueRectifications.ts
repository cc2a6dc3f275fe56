import { overdueRectifications } from '@/api/organisationLife'
import { useRequest } from '@/hooks/useRequest'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'

/** 首页 for a secretary: 整改 items still open after their deadline. */
export function useOverdueRectifications(isSecretary: boolean) {
  const state = useRequest(() => overdueRectifications({ silent: true }), [isSecretary], { ready: isSecretary })
  useReloadOnShow(() => (isSecretary ? state.reload() : undefined))
  return state
}
