import { useRef } from 'react'
import { myDues, orderStatus, payDues } from '@/api/dues'
import { payOrder } from '@/api/transport'
import { newRequestId } from '@/utils/requestId'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { awaitSettlement } from './awaitSettlement'

/** Where the simulated payment page (h5) comes back to. */
const BACK = '/#/packages/dues/mine/index'

/** 我的党费: 本月应缴, unpaid months, history; paying one or several months by WeChat Pay. */
export function useMyDues() {
  const state = useRequest(() => myDues({ silent: true }), [], { pullDownRefresh: true })
  useReloadOnShow(state.reload)
  const requestId = useRef(newRequestId())
  const pay = useSubmit(
    async (months: string[]) => {
      const order = await payDues({ months, requestId: requestId.current })
      const outcome = await payOrder(order.payment, order.orderNo, BACK)
      requestId.current = newRequestId()
      // weapp: the month shows paid once WeChat's callback has landed, not 未缴 in between.
      if (outcome === 'paid') await awaitSettlement(() => orderStatus(order.orderNo, { silent: true }))
      return outcome
    },
    { onDone: (outcome) => (outcome === 'paid' ? state.reload() : undefined) },
  )
  return { ...state, pay }
}
