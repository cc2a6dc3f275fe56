// Selectors: .notice-publish [data-testid=managed-notice][data-notice-id=<id>] [data-testid=managed-counts] .managed-more
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ManagedNotice } from '@contract'
import EmptyState from '@/components/EmptyState'
import NoticeTags, { noticeTags } from '@/components/NoticeTags'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useManagedNotices } from '@/hooks/notices/useManagedNotices'
import { EDIT_PAGE, RECEIPTS_PAGE } from '@/hooks/notices/pages'
import { formatDateTime } from '@/utils/time'
import './index.scss'

const counts = (notice: ManagedNotice) =>
  notice.requiresAck
    ? `已读 ${notice.readCount} · 已签阅 ${notice.ackCount} / ${notice.recipientCount} 人`
    : `已读 ${notice.readCount} / ${notice.recipientCount} 人`

function Row({ notice }: { notice: ManagedNotice }) {
  return (
    <View
      className="managed-notice"
      data-testid="managed-notice"
      data-notice-id={notice.id}
      onClick={() => void Taro.navigateTo({ url: `${RECEIPTS_PAGE}?id=${notice.id}` })}
    >
      <View className="managed-notice__head">
        <Text className="managed-notice__title">{notice.title}</Text>
        <NoticeTags tags={noticeTags({ withdrawn: notice.status === 'withdrawn', cancelled: notice.cancelled })} />
      </View>
      <Text className="managed-notice__meta">
        {notice.audienceLabel} · {notice.publisherName} · {formatDateTime(notice.publishedAt)}
      </Text>
      <Text className="managed-notice__counts" data-testid="managed-counts">
        {counts(notice)}
      </Text>
    </View>
  )
}

/** 通知管理 (secretary, leader, admin): publish, and see how each notice was received. */
export default function ManageNotices() {
  const { items, loading, error, reload, hasMore, loadMore, loadingMore, data } = useManagedNotices()
  return (
    <View className="page manage-notices">
      <View className="manage-notices__publish">
        <Button
          className="notice-publish"
          type="primary"
          block
          onClick={() => void Taro.navigateTo({ url: EDIT_PAGE })}
        >
          发布通知
        </Button>
      </View>
      <Section title="已发布的通知">
        <PageState loading={loading && !data} error={error} onRetry={reload}>
          {items.length === 0 && <EmptyState title="还没有发布过通知" />}
          {items.map((notice) => (
            <Row key={notice.id} notice={notice} />
          ))}
          {hasMore && (
            <View className="manage-notices__more">
              <Button
                className="managed-more"
                size="small"
                fill="none"
                loading={loadingMore}
                onClick={() => void loadMore()}
              >
                加载更多
              </Button>
            </View>
          )}
        </PageState>
      </Section>
    </View>
  )
}
