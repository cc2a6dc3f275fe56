// Selectors: .ranking-tab--branch .ranking-tab--organisation .ranking-tab--branches .ranking-kind--month|quarter|year
// .ranking-previous .ranking-next [data-testid=ranking-period] [data-testid=ranking-me] [data-testid=ranking-row] .ranking-branch-chip
// [data-testid=ranking-own-only]
import { Text, View } from '@tarojs/components'
import type { BranchRanking, MemberRanking, PeriodKind } from '@contract'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import { useBoundProfile } from '@/hooks/me'
import { useRanking, type RankingView, type RankingTab } from '@/hooks/points/useRanking'
import './index.scss'

/** The member rankings list their top 50 (the server's cut); the branch ranking lists every branch. */
const TOP = 50

const TABS: { key: RankingTab; title: string }[] = [
  { key: 'branch', title: '本支部党员' },
  { key: 'organisation', title: '全体党员' },
  { key: 'branches', title: '各支部对比' },
]

const KINDS: { key: PeriodKind; title: string }[] = [
  { key: 'month', title: '月' },
  { key: 'quarter', title: '季' },
  { key: 'year', title: '年' },
]

const isBranchRanking = (ranking: MemberRanking | BranchRanking): ranking is BranchRanking => 'mine' in ranking

const Medal = ({ rank }: { rank: number }) => (
  <Text className={`ranking-row__rank ranking-row__rank--${rank <= 3 ? rank : 'plain'}`}>{rank}</Text>
)

function MemberRows({ ranking, showBranch }: { ranking: MemberRanking; showBranch: boolean }) {
  if (!ranking.entries.length) return <EmptyState title="暂无积分记录" description="本期还没有人获得积分" />
  return (
    <>
      {ranking.entries.map((entry) => (
        <View key={entry.memberId} className="ranking-row" data-testid="ranking-row">
          <Medal rank={entry.rank} />
          <View className="ranking-row__main">
            <Text className="ranking-row__name">{entry.name}</Text>
            {showBranch && <Text className="ranking-row__sub">{entry.branchName}</Text>}
          </View>
          <Text className="ranking-row__points">{entry.points} 分</Text>
        </View>
      ))}
    </>
  )
}

function BranchRows({ ranking }: { ranking: BranchRanking }) {
  return (
    <>
      {ranking.entries.map((entry) => (
        <View key={entry.branchId} className="ranking-row" data-testid="ranking-row">
          <Medal rank={entry.rank} />
          <View className="ranking-row__main">
            <Text className="ranking-row__name">{entry.name}</Text>
            <Text className="ranking-row__sub">
              {entry.members} 名党员 · 共 {entry.points} 分
            </Text>
          </View>
          <Text className="ranking-row__points">人均 {entry.perMember} 分</Text>
        </View>
      ))}
    </>
  )
}

const myLine = (ranking: MemberRanking | BranchRanking) => {
  if (isBranchRanking(ranking))
    return ranking.mine ? `本支部第 ${ranking.mine.rank} 名 · 人均 ${ranking.mine.perMember} 分` : null
  return ranking.me ? `我的排名：第 ${ranking.me.rank} 名 · ${ranking.me.points} 分` : null
}

interface PeriodStepperProps {
  view: Pick<RankingView, 'kind' | 'setKind' | 'previous' | 'next' | 'offset'>
  label: string
}

/** 月 / 季 / 年, and the arrows to the previous and (up to the current) next period. */
function PeriodStepper({ view, label }: PeriodStepperProps) {
  return (
    <View className="ranking__period">
      <View className="ranking__kinds">
        {KINDS.map((kind) => (
          <Text
            key={kind.key}
            className={`ranking__kind ranking-kind--${kind.key} ${view.kind === kind.key ? 'ranking__kind--active' : ''}`}
            onClick={() => view.setKind(kind.key)}
          >
            {kind.title}
          </Text>
        ))}
      </View>
      <View className="ranking__stepper">
        <Text className="ranking__arrow ranking-previous" onClick={view.previous}>
          ‹
        </Text>
        <Text className="ranking__label" data-testid="ranking-period">
          {label}
        </Text>
        <Text
          className={`ranking__arrow ranking-next ${view.offset === 0 ? 'ranking__arrow--disabled' : ''}`}
          onClick={view.next}
        >
          ›
        </Text>
      </View>
    </View>
  )
}

/** Says the list stops at the top 50 when it does (members only: there are fewer branches). */
const topNote = (ranking: MemberRanking | BranchRanking) =>
  !isBranchRanking(ranking) && ranking.entries.length >= TOP ? `，榜单显示前 ${TOP} 名` : ''

/** My own line, then the list (or, where the organisation shows members only their own standing, why there is none). */
function RankingResult({ data, showBranch }: { data: MemberRanking | BranchRanking; showBranch: boolean }) {
  return (
    <>
      {myLine(data) && (
        <View className="ranking__me" data-testid="ranking-me">
          <Text>{myLine(data)}</Text>
        </View>
      )}
      {data.access === 'own' ? (
        <Text className="ranking__own" data-testid="ranking-own-only">
          本组织的积分排名只向党员显示自己的积分和名次，不显示他人名单。
        </Text>
      ) : (
        <View className="ranking__list">
          {isBranchRanking(data) ? (
            <BranchRows ranking={data} />
          ) : (
            <MemberRows ranking={data} showBranch={showBranch} />
          )}
        </View>
      )}
      <Text className="ranking__note">积分仅供支部学习参考{topNote(data)}</Text>
    </>
  )
}

/** 积分排名: my branch, the whole organisation, or branches by points per member; top 50 only, never a bottom list. */
export default function RankingPage() {
  const { profile } = useBoundProfile()
  const readsOrganisation = Boolean(profile?.roles.some((role) => role === 'leader' || role === 'admin'))
  const view = useRanking(readsOrganisation)
  const data = view.ranking.data
  return (
    <View className="page ranking">
      <View className="ranking__tabs">
        {TABS.map((tab) => (
          <Text
            key={tab.key}
            className={`ranking__tab ranking-tab--${tab.key} ${view.tab === tab.key ? 'ranking__tab--active' : ''}`}
            onClick={() => view.setTab(tab.key)}
          >
            {tab.title}
          </Text>
        ))}
      </View>
      <PeriodStepper view={view} label={data?.periodLabel ?? ''} />
      {readsOrganisation && view.tab === 'branch' && (
        <View className="ranking__branches">
          {view.branches.map((branch) => (
            <Text
              key={branch.id}
              className={`ranking-branch-chip ${(view.branchId ?? profile?.branchId) === branch.id ? 'ranking-branch-chip--active' : ''}`}
              onClick={() => view.setBranchId(branch.id)}
            >
              {branch.name}
            </Text>
          ))}
        </View>
      )}
      <PageState loading={view.ranking.loading && !data} error={view.ranking.error} onRetry={view.ranking.reload}>
        {data && <RankingResult data={data} showBranch={view.tab === 'organisation'} />}
      </PageState>
    </View>
  )
}
