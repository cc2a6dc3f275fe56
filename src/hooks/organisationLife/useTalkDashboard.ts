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
  /** Every branch's numerators and denominators summed (never an average of rates). */
  const total = (pick: (row: ReviewFigures) => { covered: number; total: number }) =>
    (state.data ?? []).reduce(
      (sum, row) => ({ covered: sum.covered + pick(row).covered, total: sum.total + pick(row).total }),
      { covered: 0, total: 0 },
    )
  return {
    ...state,
    year,
    secretaryTotal: total((row) => row.secretaryCoverage),
    committeeTotal: total((row) => row.committeeCoverage),
  }
}
