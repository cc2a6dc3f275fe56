// Selectors: .copy-unread [data-testid=receipt-counts] [data-testid=receipt-group-<acknowledged|readOnly|unread>] [data-testid=receipt-person][data-member-id=<id>] .remind-unread .notice-edit-button .notice-withdraw
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ReceiptPerson } from '@contract'
import EmptyState from '@/components/EmptyState'
import NoticeTags, { noticeTags } from '@/components/NoticeTags'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useReceipts } from '@/hooks/notices/useReceipts'
import { EDIT_PAGE } from '@/hooks/notices/pages'
import { formatDateTime } from '@/utils/time'
import './index.scss'

interface PeopleProps {
  title: string
  group: string
  people: ReceiptPerson[]
  /** The second line: when they read or acknowledged, after their branch when the notice reached several. */
  at?: (person: ReceiptPerson) => string | null
  showBranch: boolean
  extra?: ReactNode
}

function People({ title, group, people, at, showBranch, extra }: PeopleProps) {
  return (
    <Section title={`${title}（${people.length}）`} testId={`receipt-group-${group}`} extra={extra}>
      {people.length === 0 && <Text className="receipts__none">无</Text>}
      <View className="receipts__people">
        {people.map((person) => (
          <View
            key={person.memberId}
            className="receipts__person"
            data-testid="receipt-person"
            data-member-id={person.memberId}
          >
            <Text className="receipts__name">{person.name}</Text>
            <Text className="receipts__when">
              {[showBranch ? person.branchName : '', at?.(person) ?? ''].filter(Boolean).join(' · ')}
            </Text>
          </View>
        ))}
      </View>
    </Section>
  )
}

/** 签阅情况: who acknowledged, who only read, who has not; remind the unread, edit or withdraw. */
export default function Receipts() {
  const { params } = useRouter()
  const receipts = useReceipts(params.id)
  const data = receipts.data
  const notice = data?.notice
  const published = notice?.status === 'published'
  const people = [...(data?.acknowledged ?? []), ...(data?.readOnly ?? []), ...(data?.unread ?? [])]
  const showBranch = new Set(people.map((person) => person.branchName)).size > 1
  return (
    <View className="page receipts">
      <PageState loading={!data && !receipts.error} error={receipts.error} onRetry={receipts.reload}>
        {data && notice && (
          <>
            <View className="receipts__summary">
              <Text className="receipts__title">{notice.title}</Text>
              <View className="receipts__tags">
                <NoticeTags
                  tags={noticeTags({
                    withdrawn: !published,
                    cancelled: notice.cancelled,
                    kind: notice.kind,
                    requiresAck: notice.requiresAck,
                  })}
                />
                <Text className="receipts__meta">
                  {notice.audienceLabel} · {formatDateTime(notice.publishedAt)}
                  {notice.version > 1 ? ` · 第 ${notice.version} 版` : ''}
                </Text>
              </View>
              <View className="receipts__counts" data-testid="receipt-counts">
                {notice.requiresAck && (
                  <View className="receipts__count">
                    <Text className="receipts__number">{data.counts.acked}</Text>
                    <Text>已签阅</Text>
                  </View>
                )}
                <View className="receipts__count">
                  <Text className="receipts__number">
                    {notice.requiresAck ? data.counts.read - data.counts.acked : data.counts.read}
                  </Text>
                  <Text>{notice.requiresAck ? '已读未签阅' : '已读'}</Text>
                </View>
                <View className="receipts__count receipts__count--unread">
                  <Text className="receipts__number">{data.counts.unread}</Text>
                  <Text>未读</Text>
                </View>
              </View>
              {published && (
                <View className="receipts__actions">
                  <Button
                    className="remind-unread"
                    type="primary"
                    size="small"
                    disabled={!data.counts.unread}
                    loading={receipts.busy}
                    onClick={() => void receipts.remind(showBranch)}
                  >
                    提醒未读
                  </Button>
                  {notice.canManage && (
                    <>
                      <Button
                        className="notice-edit-button"
                        size="small"
                        fill="outline"
                        onClick={() => void Taro.navigateTo({ url: `${EDIT_PAGE}?id=${notice.id}` })}
                      >
                        编辑
                      </Button>
                      <Button
                        className="notice-withdraw"
                        size="small"
                        fill="outline"
                        onClick={() => void receipts.withdraw()}
                      >
                        撤回
                      </Button>
                    </>
                  )}
                </View>
              )}
              {data.lastRemindedAt && (
                <Text className="receipts__meta">上次提醒：{formatDateTime(data.lastRemindedAt)}</Text>
              )}
            </View>
            {data.counts.recipients === 0 && <EmptyState title="发布范围内暂无党员" />}
            {notice.requiresAck && (
              <People
                title="已签阅"
                group="acknowledged"
                people={data.acknowledged}
                showBranch={showBranch}
                at={(person) => person.ackedAt && formatDateTime(person.ackedAt)}
              />
            )}
            <People
              title={notice.requiresAck ? '已读未签阅' : '已读'}
              group="readOnly"
              people={data.readOnly}
              showBranch={showBranch}
              at={(person) => person.readAt && formatDateTime(person.readAt)}
            />
            <People
              title="未读"
              group="unread"
              people={data.unread}
              showBranch={showBranch}
              extra={
                data.unread.length > 0 && (
                  <Text className="receipts__copy copy-unread" onClick={() => void receipts.copyUnread(showBranch)}>
                    复制名单发到群里
                  </Text>
                )
              }
            />
          </>
        )}
      </PageState>
    </View>
  )
}
