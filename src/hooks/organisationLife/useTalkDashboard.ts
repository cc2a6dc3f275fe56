import type { ReviewFigures } from '@contract'
import { talkDashboard } from '@/api/organisationLife'
import { useRequest } from '@/hooks/useRequest'
import { shanghai } from '@/utils/time'

const share = ({ covered, total }: { covered: number; total: number }) => (total ? covered / total : 1)

/** Leaders: this year's 谈心谈话 coverage of every branch they reach, least covered first. */
export function useTalkDashboard() {
  const year = shanghai().year()
  const state = useRequest(
    async (): Promise<ReviewFigures[]> =>
      (await talkDashboard(year, { silent: true })).sort(
        (a, b) => share(a.secretaryCoverage) - share(b.secretaryCoverage) || a.branchName.localeCompare(b.branchName),
      ),
    [year],
    { pullDownRefresh: true },
  )
  return { ...state, year }
}
