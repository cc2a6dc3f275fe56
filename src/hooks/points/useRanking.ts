import { useState } from 'react'
import type { BranchRanking, MemberRanking, PeriodKind } from '@contract'
import { listBranches } from '@/api/members'
import { rankBranches, rankMembers } from '@/api/points'
import { useRequest } from '@/hooks/useRequest'
import { shiftPeriod } from '@/utils/points'

export type RankingTab = 'branch' | 'organisation' | 'branches'

/** The ranking page: which list, which period (current by default) and, for leaders, which branch. */
export type RankingView = ReturnType<typeof useRanking>

export function useRanking(readsOrganisation: boolean) {
  const [tab, setTab] = useState<RankingTab>('branch')
  const [kind, setKind] = useState<PeriodKind>('month')
  const [offset, setOffset] = useState(0)
  const [branchId, setBranchId] = useState<string>()
  const key = offset === 0 ? undefined : shiftPeriod(kind, offset)
  const branches = useRequest(() => listBranches({ silent: true }), [], { ready: readsOrganisation })
  const ranking = useRequest<MemberRanking | BranchRanking>(
    () =>
      tab === 'branches'
        ? rankBranches({ kind, key }, { silent: true })
        : rankMembers({ kind, key, scope: tab, branchId: tab === 'branch' ? branchId : undefined }, { silent: true }),
    [tab, kind, key, branchId],
  )
  return {
    tab,
    setTab,
    kind,
    setKind: (next: PeriodKind) => {
      setKind(next)
      setOffset(0)
    },
    offset,
    previous: () => setOffset((value) => value - 1),
    next: () => setOffset((value) => Math.min(0, value + 1)),
    branchId,
    setBranchId,
    branches: branches.data ?? [],
    ranking,
  }
}
