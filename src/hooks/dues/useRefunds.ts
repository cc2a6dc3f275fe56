import { useState } from 'react'
import { conflictOrders, refundOrder } from '@/api/dues'
import { useBoundProfile } from '../me'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

/**
 * 党费退款 (the branch's secretary): WeChat Pay orders whose months were paid
 * otherwise meanwhile; each is refunded once, with a reason the member reads.
 */
export function useRefunds() {
  const { profile } = useBoundProfile()
  const branchId = profile?.branchId ?? ''
  const orders = useRequest(() => conflictOrders(branchId, { silent: true }), [branchId], {
    pullDownRefresh: true,
    ready: Boolean(branchId),
  })
  useReloadOnShow(orders.reload)
  /** The order being refunded, and the reason typed for it. */
  const [refunding, setRefunding] = useState<string>()
  const [reason, setReason] = useState('')
  const refund = useSubmit(() => refundOrder(refunding ?? '', reason, { silent: true }), {
    fallback: '退款失败，请稍后再试',
    toast: { title: '已退款' },
    onDone: () => {
      setRefunding(undefined)
      setReason('')
      return orders.reload()
    },
  })
  const startRefund = (orderNo: string) => {
    refund.clearError()
    setReason('')
    setRefunding(orderNo)
  }
  return { orders, refunding, startRefund, reason, setReason, refund }
}
