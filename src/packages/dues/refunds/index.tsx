// Selectors: [data-testid=refund-row][data-order-no][data-state] .refund-start #refund-reason .refund-reason-submit
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ConflictOrderView } from '@contract'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useRefunds } from '@/hooks/dues/useRefunds'
import { periodLabel } from '@periods'
import { formatDateTime } from '@/utils/time'
import ReasonForm from '../components/ReasonForm'
import { yuan } from '../labels'
import './index.scss'

type Refunds = ReturnType<typeof useRefunds>

const monthsLine = (order: ConflictOrderView) => order.months.map((month) => periodLabel('month', month)).join('、')

function RefundRow({ order, refunds }: { order: ConflictOrderView; refunds: Refunds }) {
  const refunded = order.refund
  return (
    <View
      className="refunds__item"
      data-testid="refund-row"
      data-order-no={order.orderNo}
      data-state={refunded ? 'refunded' : 'open'}
    >
      <View className="refunds__line">
        <View className="refunds__line-main">
          <Text>
            {order.memberName} · {monthsLine(order)}
          </Text>
          <Text className="refunds__meta">
            微信支付{order.paidAt ? `于 ${formatDateTime(order.paidAt)}` : ''}，该月已另行缴纳
          </Text>
          {refunded && (
            <Text className="refunds__meta">
              {refunded.byName} 于 {formatDateTime(refunded.at)} 退款：{refunded.reason}
            </Text>
          )}
        </View>
        <View className="refunds__side">
          <Text className="refunds__line-amount">¥{yuan(order.totalFen)}</Text>
          {refunded ? (
            <Text className="tag tag--success">已退款</Text>
          ) : (
            <Button
              size="small"
              type="primary"
              className="refund-start"
              onClick={() => refunds.startRefund(order.orderNo)}
            >
              退款
            </Button>
          )}
        </View>
      </View>
      {refunds.refunding === order.orderNo && (
        <ReasonForm
          id="refund-reason"
          placeholder="退款原因（党员可见，如：本月已现金缴纳）"
          value={refunds.reason}
          onChange={refunds.setReason}
          submit={refunds.refund}
          action="确认退款"
        />
      )}
    </View>
  )
}

/** 党费退款 (secretary): WeChat payments for months paid otherwise meanwhile, refunded once with a reason. */
export default function RefundsPage() {
  const refunds = useRefunds()
  const orders = refunds.orders.data ?? []
  return (
    <View className="page refunds">
      <PageState
        loading={refunds.orders.loading && !refunds.orders.data}
        error={refunds.orders.error}
        onRetry={refunds.orders.reload}
      >
        <Section title="重复缴纳的微信支付">
          {orders.length ? (
            orders.map((order) => <RefundRow key={order.orderNo} order={order} refunds={refunds} />)
          ) : (
            <EmptyState title="没有需要退款的订单" />
          )}
        </Section>
      </PageState>
    </View>
  )
}
