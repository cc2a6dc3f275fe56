import { useState } from 'react'
import Taro from '@tarojs/taro'
import { noticeReceipts, remindUnread, withdrawNotice } from '@/api/notices'
import { useRequest } from '../useRequest'
import { useReloadOnShow } from './useNoticeOverview'

const remindSummary = ({ sent, notSubscribed, failed }: { sent: number; notSubscribed: number; failed: number }) =>
  [`已提醒 ${sent} 人`, notSubscribed ? `${notSubscribed} 人未开启消息提醒` : '', failed ? `${failed} 人发送失败` : '']
    .filter(Boolean)
    .join('，')

/** 签阅情况: read / acknowledged / unread names; 提醒未读 and 撤回 for those who manage the notice. */
export function useReceipts(noticeId: string | undefined) {
  const state = useRequest(() => noticeReceipts(noticeId ?? '', { silent: true }), [noticeId], {
    ready: Boolean(noticeId),
    pullDownRefresh: true,
  })
  useReloadOnShow(state.reload, Boolean(noticeId))
  const [busy, setBusy] = useState(false)

  const remind = async () => {
    const unread = state.data?.counts.unread ?? 0
    if (!noticeId || busy || !unread) return
    const { confirm } = await Taro.showModal({
      title: '提醒未读',
      content: `将向 ${unread} 位未读党员中已开启消息提醒的人发送提醒，确定发送？`,
      confirmColor: '#c8161e',
    })
    if (!confirm) return
    setBusy(true)
    try {
      const result = await remindUnread(noticeId)
      await Taro.showModal({ title: '提醒已发送', content: remindSummary(result), showCancel: false })
      await state.reload()
    } catch {
      // The transport has shown the error.
    } finally {
      setBusy(false)
    }
  }

  const withdraw = async () => {
    if (!noticeId || busy) return
    const { confirm } = await Taro.showModal({
      title: '撤回通知',
      content: '撤回后党员将看不到这条通知，阅读和签阅记录会保留。确定撤回？',
      confirmColor: '#c8161e',
    })
    if (!confirm) return
    setBusy(true)
    try {
      await withdrawNotice(noticeId)
      void Taro.showToast({ title: '已撤回', icon: 'success' })
      await state.reload()
    } catch {
      // The transport has shown the error.
    } finally {
      setBusy(false)
    }
  }

  return { ...state, remind, withdraw, busy }
}
