// Selectors: [data-testid=home-welcome] [data-testid=home-events] [data-testid=home-notices] [data-testid=home-overdue] [data-testid=overdue-row] [data-testid=home-review-task]
import { View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import Taro from '@tarojs/taro'
import PageState from '@/components/PageState'
import { useBoundProfile } from '@/hooks/me'
import LatestNotices from './sections/LatestNotices'
import OverdueRectifications from './sections/OverdueRectifications'
import ReviewTasks from './sections/ReviewTasks'
import UpcomingEvents from './sections/UpcomingEvents'
import Welcome from './sections/Welcome'
import './index.scss'

/** 首页: a stack of sections; each feature adds its own. */
export default function Home() {
  const { profile, loading, error, refresh } = useBoundProfile()
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()))
  return (
    <View className="page home">
      <PageState loading={loading || !profile} error={error} onRetry={refresh}>
        {profile && <Welcome profile={profile} />}
        {profile && <OverdueRectifications profile={profile} />}
        <ReviewTasks />
        <UpcomingEvents />
        <LatestNotices />
      </PageState>
    </View>
  )
}
