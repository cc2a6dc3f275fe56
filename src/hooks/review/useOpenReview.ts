import { useState } from 'react'
import { openReview } from '@/api/review'
import { dayjs, shanghai } from '@/utils/time'
import { useSubmit } from '../useSubmit'

/** The first day a review may close on, and the default: two weeks from today. */
const today = () => shanghai().format('YYYY-MM-DD')
const inTwoWeeks = () => shanghai().add(14, 'day').format('YYYY-MM-DD')

/** Opening a year's 评议: voting closes at the end of the chosen day (Asia/Shanghai). */
export function useOpenReview(year: number, onOpened: () => Promise<void>) {
  const [closesOn, setClosesOn] = useState(inTwoWeeks())
  const open = useSubmit(
    () => {
      const closesAt = dayjs.tz(`${closesOn} 23:59:59`, 'Asia/Shanghai').toISOString()
      return openReview({ year, closesAt }, { silent: true })
    },
    { fallback: '开启失败，请重试', toast: { title: '评议已开启' }, onDone: onOpened },
  )
  return { closesOn, setClosesOn, firstDay: today(), open }
}
