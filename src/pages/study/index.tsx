// Selectors: [data-testid=study-points] [data-testid=study-today] [data-testid=study-month] [data-testid=study-year]
// [data-testid=study-rank] [data-testid=study-caps] .study-action--ranking .study-action--history .study-action--claim
// [data-testid=material-row] [data-testid=points-guide]
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import CapBar from '@/components/points/CapBar'
import MaterialRow from '@/components/points/MaterialRow'
import { useBoundProfile } from '@/hooks/me'
import { useStudyHome } from '@/hooks/points/useStudyHome'
import PointsGuide from './PointsGuide'
import './index.scss'

const ACTIONS = [
  { key: 'ranking', title: '积分排名', url: '/packages/study/ranking/index' },
  { key: 'history', title: '积分明细', url: '/packages/study/history/index' },
  { key: 'claim', title: '提交心得', url: '/packages/study/claim/index' },
]

type StudyHome = ReturnType<typeof useStudyHome>

/** What the card shows, 0 and — before the first answer. */
const figuresOf = (mine: StudyHome['points']['data']) => {
  const { month, today, quarter, year } = mine ?? { month: 0, today: 0, quarter: 0, year: 0 }
  return { month, today, quarter, year, rank: mine?.branchRank ? `第 ${mine.branchRank.rank} 名` : '—' }
}

/** 本月积分 with today, the quarter, the year and (where the organisation shows it) the branch rank. */
function PointsCard({ home, ranked }: { home: StudyHome; ranked: boolean }) {
  const { points } = home
  const mine = figuresOf(points.data)
  return (
    <View className="study__card" data-testid="study-points">
      <PageState loading={points.loading && !points.data} error={points.error} onRetry={points.reload}>
        <Text className="study__card-label">本月积分</Text>
        <Text className="study__card-total" data-testid="study-month">
          {mine.month}
        </Text>
        <View className="study__card-row">
          <View className="study__card-cell">
            <Text className="study__card-value" data-testid="study-today">
              {mine.today}
            </Text>
            <Text className="study__card-caption">今日</Text>
          </View>
          <View className="study__card-cell">
            <Text className="study__card-value">{mine.quarter}</Text>
            <Text className="study__card-caption">本季度</Text>
          </View>
          <View className="study__card-cell">
            <Text className="study__card-value" data-testid="study-year">
              {mine.year}
            </Text>
            <Text className="study__card-caption">本年</Text>
          </View>
          {ranked && (
            <View
              className="study__card-cell study__card-cell--link"
              onClick={() => void Taro.navigateTo({ url: '/packages/study/ranking/index' })}
            >
              <Text className="study__card-value" data-testid="study-rank">
                {mine.rank}
              </Text>
              <Text className="study__card-caption">支部本月排名 ›</Text>
            </View>
          )}
        </View>
      </PageState>
    </View>
  )
}

/** 学习资料: what members can study now. */
function Materials({ materials }: { materials: StudyHome['materials'] }) {
  return (
    <Section title="学习资料" testId="study-materials">
      <PageState loading={materials.loading && !materials.data} error={materials.error} onRetry={materials.reload}>
        {materials.data?.length ? (
          materials.data.map((material) => <MaterialRow key={material.id} material={material} />)
        ) : (
          <EmptyState title="暂无学习资料" description="党务管理员或支部书记发布后将在这里显示" />
        )}
      </PageState>
    </Section>
  )
}

/** 学习: my points against today's caps, quick links, the study materials and how points are earned. */
export default function Study() {
  const { profile, loading, error, refresh } = useBoundProfile()
  const home = useStudyHome(Boolean(profile))
  const { points, materials, rules } = home
  const mine = points.data
  // Rankings the organisation keeps for leaders are not offered at all (the server refuses them too).
  const ranked = mine?.ranking !== 'none'
  const actions = ranked ? ACTIONS : ACTIONS.filter((action) => action.key !== 'ranking')
  return (
    <View className="page study">
      <PageState loading={loading || !profile} error={error} onRetry={refresh}>
        <PointsCard home={home} ranked={ranked} />
        {mine && mine.caps.length > 0 && (
          <Section title="积分进度" testId="study-caps">
            {mine.caps.map((cap) => (
              <CapBar key={`${cap.category}-${cap.period}`} cap={cap} />
            ))}
          </Section>
        )}
        <View className="study__actions">
          {actions.map((action) => (
            <View
              key={action.key}
              className={`study__action study-action--${action.key}`}
              onClick={() => void Taro.navigateTo({ url: action.url })}
            >
              <View className={`study__action-icon study__action-icon--${action.key}`} />
              <Text className="study__action-title">{action.title}</Text>
            </View>
          ))}
        </View>
        {rules.data && mine && (
          <Section title="积分怎么来">
            <PointsGuide rules={rules.data} ranking={mine.ranking} />
          </Section>
        )}
        <Materials materials={materials} />
      </PageState>
    </View>
  )
}
