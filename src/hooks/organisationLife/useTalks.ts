import { listTalks, talkCoverage } from '@/api/organisationLife'
import { useBoundProfile } from '@/hooks/me'
import { useRequest } from '@/hooks/useRequest'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { shanghai } from '@/utils/time'

/**
 * 谈心谈话 of a branch this year: coverage and the talks, newest first. Without
 * `branchId` the caller's own branch; its committee may record talks, leaders
 * only read.
 */
export function useTalks(branchId?: string) {
  const { profile } = useBoundProfile()
  const branch = branchId || profile?.branchId
  const year = shanghai().year()
  const state = useRequest(
    async () => {
      const [coverage, talks] = await Promise.all([
        talkCoverage(branch ?? '', year, { silent: true }),
        listTalks(branch ?? '', year, { silent: true }),
      ])
      return { coverage, talks }
    },
    [branch, year],
    { ready: Boolean(branch), pullDownRefresh: true },
  )
  useReloadOnShow(state.reload)
  const onCommittee = profile?.roles.some((role) => role === 'secretary' || role === 'committee') ?? false
  return { ...state, year, canRecord: onCommittee && branch === profile?.branchId }
}
