import { useRef } from 'react'
import { myDues, payDues } from '@/api/dues'
import { payOrder } from '@/api/transport'
import { newRequestId } from '@/utils/requestId'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

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
      return outcome
    },
    { onDone: (outcome) => (outcome === 'paid' ? state.reload() : undefined) },
  )
  return { ...state, pay }
}
