import { Text, View } from '@tarojs/components'
import type { NoticeSummary } from '@contract'
import NoticeTags, { noticeTags } from '@/components/NoticeTags'
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
      <NoticeTags tags={noticeTags(notice)} />
      {notice.excerpt && <Text className="notice-card__excerpt">{notice.excerpt}</Text>}
      <Text className="notice-card__meta">
        {notice.publisherName} · {notice.audienceLabel} · {formatDateTime(notice.publishedAt)}
      </Text>
    </View>
  )
}
