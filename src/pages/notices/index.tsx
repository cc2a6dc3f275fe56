// Selectors: [data-testid=notice-list] [data-testid=notice-card][data-notice-id=<id>] [data-testid=notice-unread-dot] [data-testid=notice-unread-count] [data-testid=subscribe-banner] .subscribe-button .notice-more
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import NoticeCard from '@/components/NoticeCard'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import SubscribeBanner from '@/components/SubscribeBanner'
import { useBoundProfile } from '@/hooks/me'
import { useMyNotices } from '@/hooks/notices/useMyNotices'
import { useSubscribe } from '@/hooks/notices/useSubscribe'
import { NOTICE_DETAIL_PAGE } from '@/hooks/notices/pages'
import './index.scss'

/** 通知: the notices addressed to the member, pinned first, then newest; opt-in to message reminders. */
export default function Notices() {
  const { profile, loading, error, refresh } = useBoundProfile()
  const notices = useMyNotices(Boolean(profile))
  const subscription = useSubscribe(Boolean(profile))
  const open = (id: string) => void Taro.navigateTo({ url: `${NOTICE_DETAIL_PAGE}?id=${id}` })
  return (
    <View className="page notices-page">
      <PageState loading={loading || !profile} error={error} onRetry={refresh}>
        <SubscribeBanner
          configured={subscription.remaining.length > 0}
          credits={subscription.credits}
          inWeChat={subscription.inWeChat}
          asking={subscription.asking}
          remaining={subscription.remaining}
          onOptIn={() => void subscription.optIn()}
        />
        <Section
          title="通知公告"
          testId="notice-list"
          extra={
            notices.unread > 0 && (
              <Text className="notices-page__unread" data-testid="notice-unread-count">
                {notices.unread} 条未读
              </Text>
            )
          }
        >
          <PageState loading={!notices.items && !notices.error} error={notices.error} onRetry={notices.reload}>
            {notices.items?.length === 0 && (
              <EmptyState title="暂无通知" description="支部和党委发布的通知会显示在这里" />
            )}
            {notices.items?.map((notice) => (
              <NoticeCard key={notice.id} notice={notice} onClick={() => open(notice.id)} />
            ))}
            {notices.hasMore && (
              <View className="notices-page__more">
                <Button
                  className="notice-more"
                  size="small"
                  fill="none"
                  loading={notices.loading}
                  onClick={() => void notices.loadMore()}
                >
                  加载更多
                </Button>
              </View>
            )}
          </PageState>
        </Section>
      </PageState>
    </View>
  )
}
