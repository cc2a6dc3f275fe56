import { useState } from 'react'
import { reviewDashboard } from '@/api/review'
import { useRequest } from '../useRequest'
import { thisYear } from './reviewIds'

/** 评议进度 (leaders, admins): every branch their grants reach, for the chosen year. */
export function useReviewDashboard() {
  const [year, setYear] = useState(thisYear())
  const state = useRequest(() => reviewDashboard(year, { silent: true }), [year], { pullDownRefresh: true })
  return { ...state, year, setYear }
}
