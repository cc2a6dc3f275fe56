import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import EmptyState from '@/components/EmptyState'
import NoticeCard from '@/components/NoticeCard'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useNoticeOverview } from '@/hooks/notices/useNoticeOverview'
import { NOTICE_DETAIL_PAGE, NOTICES_TAB_PAGE } from '@/hooks/notices/pages'

/** 最新通知: the three newest notices and the unread count, which also sits on the 通知 tab. */
export default function LatestNotices() {
  const { data, error, reload } = useNoticeOverview(true)
  const more = (
    <Text
      className="home-notices__more"
      data-testid="home-notices-more"
      onClick={() => void Taro.switchTab({ url: NOTICES_TAB_PAGE })}
    >
      {data?.unread ? `${data.unread} 条未读 ›` : '全部 ›'}
    </Text>
  )
  return (
    <Section title="最新通知" testId="home-notices" extra={more}>
      <PageState loading={!data && !error} error={error} onRetry={reload}>
        {data?.latest.length === 0 && <EmptyState title="暂无通知" />}
        {data?.latest.map((notice) => (
          <NoticeCard
            key={notice.id}
            notice={notice}
            onClick={() => void Taro.navigateTo({ url: `${NOTICE_DETAIL_PAGE}?id=${notice.id}` })}
          />
        ))}
      </PageState>
    </Section>
  )
}
