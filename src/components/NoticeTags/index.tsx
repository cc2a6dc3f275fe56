import { Text, View } from '@tarojs/components'
import './index.scss'

export type TagTone = 'red' | 'gold' | 'green' | 'grey'

export interface NoticeTag {
  label: string
  tone: TagTone
  /** Filled (置顶) rather than outlined. */
  solid?: boolean
}

interface Flags {
  pinned?: boolean
  kind?: 'meeting' | 'general'
  requiresAck?: boolean
  acked?: boolean
  cancelled?: boolean
  withdrawn?: boolean
}

/** The small labels of a notice, in a fixed order. */
export const noticeTags = ({ pinned, kind, requiresAck, acked, cancelled, withdrawn }: Flags): NoticeTag[] => {
  const tags: NoticeTag[] = []
  if (withdrawn) tags.push({ label: '已撤回', tone: 'grey' })
  if (pinned) tags.push({ label: '置顶', tone: 'red', solid: true })
  if (kind === 'meeting') tags.push({ label: '会议通知', tone: 'gold' })
  if (cancelled) tags.push({ label: '会议已取消', tone: 'grey' })
  if (requiresAck) tags.push(acked ? { label: '已签阅', tone: 'green' } : { label: '需签阅', tone: 'red' })
  return tags
}

export default function NoticeTags({ tags }: { tags: NoticeTag[] }) {
  if (!tags.length) return null
  return (
    <View className="notice-tags">
      {tags.map((tag) => (
        <Text key={tag.label} className={`notice-tag notice-tag--${tag.tone}${tag.solid ? ' notice-tag--solid' : ''}`}>
          {tag.label}
        </Text>
      ))}
    </View>
  )
}
