// Selectors: .copy-unread [data-testid=receipt-counts] [data-testid=receipt-group-<acknowledged|readOnly|unread>] [data-testid=receipt-person][data-member-id=<id>] .remind-unread .notice-edit-button .notice-withdraw
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { NoticeReceipts, ReceiptPerson } from '@contract'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useReceipts } from '@/hooks/notices/useReceipts'
import { formatDateTime } from '@/utils/time'
import ReceiptSummary from './ReceiptSummary'
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

/** Whether the notice reached people of several branches: then each person's branch is shown. */
const spansBranches = ({ acknowledged, readOnly, unread }: NoticeReceipts) =>
  new Set([...acknowledged, ...readOnly, ...unread].map((person) => person.branchName)).size > 1

/** 签阅情况: who acknowledged, who only read, who has not; remind the unread, edit or withdraw. */
export default function Receipts() {
  const { params } = useRouter()
  const receipts = useReceipts(params.id)
  const data = receipts.data
  const showBranch = data ? spansBranches(data) : false
  return (
    <View className="page receipts">
      <PageState loading={!data && !receipts.error} error={receipts.error} onRetry={receipts.reload}>
        {data && (
          <>
            <ReceiptSummary data={data} receipts={receipts} showBranch={showBranch} />
            {data.counts.recipients === 0 && <EmptyState title="发布范围内暂无党员" />}
            {data.notice.requiresAck && (
              <People
                title="已签阅"
                group="acknowledged"
                people={data.acknowledged}
                showBranch={showBranch}
                at={(person) => person.ackedAt && formatDateTime(person.ackedAt)}
              />
            )}
            <People
              title={data.notice.requiresAck ? '已读未签阅' : '已读'}
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
