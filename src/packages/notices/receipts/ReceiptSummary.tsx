import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { NoticeReceipts } from '@contract'
import NoticeTags, { noticeTags } from '@/components/NoticeTags'
import type { ReceiptsState } from '@/hooks/notices/useReceipts'
import { EDIT_PAGE } from '@/hooks/notices/pages'
import { formatDateTime } from '@/utils/time'

/** 已签阅 (when asked), 已读 and 未读 counts. */
function Counts({ data }: { data: NoticeReceipts }) {
  const { counts, notice } = data
  return (
    <View className="receipts__counts" data-testid="receipt-counts">
      {notice.requiresAck && (
        <View className="receipts__count">
          <Text className="receipts__number">{counts.acked}</Text>
          <Text>已签阅</Text>
        </View>
      )}
      <View className="receipts__count">
        <Text className="receipts__number">{notice.requiresAck ? counts.read - counts.acked : counts.read}</Text>
        <Text>{notice.requiresAck ? '已读未签阅' : '已读'}</Text>
      </View>
      <View className="receipts__count receipts__count--unread">
        <Text className="receipts__number">{counts.unread}</Text>
        <Text>未读</Text>
      </View>
    </View>
  )
}

interface ActionsProps {
  data: NoticeReceipts
  receipts: Pick<ReceiptsState, 'busy' | 'remind' | 'withdraw'>
  showBranch: boolean
}

/** 提醒未读 for a published notice; 编辑 and 撤回 for those who manage it. */
function Actions({ data, receipts, showBranch }: ActionsProps) {
  const { notice } = data
  return (
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
          <Button className="notice-withdraw" size="small" fill="outline" onClick={() => void receipts.withdraw()}>
            撤回
          </Button>
        </>
      )}
    </View>
  )
}

/** The notice's title, tags and counts, what can be done with it, and the last reminder. */
export default function ReceiptSummary(props: ActionsProps) {
  const { notice, lastRemindedAt } = props.data
  const published = notice.status === 'published'
  return (
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
      <Counts data={props.data} />
      {published && <Actions {...props} />}
      {lastRemindedAt && <Text className="receipts__meta">上次提醒：{formatDateTime(lastRemindedAt)}</Text>}
    </View>
  )
}
