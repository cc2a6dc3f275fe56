import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { NoticeSummary } from '@contract'
import { formatDateTime } from '@/utils/time'
import './index.scss'

interface Props {
  notice: NoticeSummary
  onClick: () => void
}

/** One notice in a list: unread dot, tags, title, excerpt, who and when. */
export default function NoticeCard({ notice, onClick }: Props) {
  return (
    <View
      className={`notice-card${notice.read ? '' : ' notice-card--unread'}`}
      data-testid="notice-card"
      data-notice-id={notice.id}
      onClick={onClick}
    >
      <View className="notice-card__head">
        {!notice.read && <View className="notice-card__dot" data-testid="notice-unread-dot" />}
        <Text className="notice-card__title">{notice.title}</Text>
      </View>
      <View className="notice-card__tags">
        {notice.pinned && <Tag type="primary">置顶</Tag>}
        {notice.kind === 'meeting' && (
          <Tag type="warning" plain>
            会议通知
          </Tag>
        )}
        {notice.cancelled && <Tag type="default">会议已取消</Tag>}
        {notice.requiresAck && (
          <Tag type={notice.acked ? 'success' : 'primary'} plain>
            {notice.acked ? '已签阅' : '需签阅'}
          </Tag>
        )}
      </View>
      {notice.excerpt && <Text className="notice-card__excerpt">{notice.excerpt}</Text>}
      <Text className="notice-card__meta">
        {notice.publisherName} · {notice.audienceLabel} · {formatDateTime(notice.publishedAt)}
      </Text>
    </View>
  )
}
