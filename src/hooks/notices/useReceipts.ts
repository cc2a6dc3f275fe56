import Taro from '@tarojs/taro'
import { confirmDialog } from '@/utils/dialog'
import type { NoticeReceipts, RemindResult } from '@contract'
import { noticeReceipts, remindUnread, withdrawNotice } from '@/api/notices'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { useReloadOnShow } from './useNoticeOverview'

/** What the reminder did, counted honestly: who got it, who could not, and the fallback when not everyone did. */
export const remindOutcome = ({ unread, sent, notSubscribed, failed }: RemindResult) => {
  const missed = unread - sent
  const reasons =
    notSubscribed === unread
      ? [`未读的 ${unread} 人都未开启订阅消息，收不到小程序提醒`]
      : [
          notSubscribed ? `${notSubscribed} 人未开启订阅消息` : '',
          failed ? `${failed} 人发送失败` : '',
          missed - notSubscribed - failed > 0 ? `${missed - notSubscribed - failed} 人已不在册` : '',
        ].filter(Boolean)
  const content = missed
    ? `${reasons.join('，')}。可复制未读名单，发到支部微信群提醒大家。`
    : `未读的 ${unread} 人都已收到提醒。`
  return { title: `已提醒 ${sent} 人`, content, offerCopy: missed > 0 }
}

/** The unread names as one message to paste into the branch's WeChat group. */
export const unreadListText = ({ notice, unread }: NoticeReceipts, showBranch: boolean) => {
  const names = showBranch
    ? [...new Set(unread.map((person) => person.branchName))]
        .map(
          (branch) =>
            `${branch}：${unread
              .filter((person) => person.branchName === branch)
              .map((person) => person.name)
              .join('、')}`,
        )
        .join('\n')
    : unread.map((person) => person.name).join('、')
  return `【${notice.title}】还有 ${unread.length} 人未读：\n${names}\n请尽快在「智慧支部」小程序的「通知」里查看。`
}

export type ReceiptsState = ReturnType<typeof useReceipts>

/** 签阅情况: read / acknowledged / unread names; 提醒未读 and 撤回 for those who manage the notice. */
export function useReceipts(noticeId: string | undefined) {
  const state = useRequest(() => noticeReceipts(noticeId ?? '', { silent: true }), [noticeId], {
    ready: Boolean(noticeId),
    pullDownRefresh: true,
  })
  useReloadOnShow(state.reload, Boolean(noticeId))

  const copyUnread = async (showBranch: boolean) => {
    if (state.data?.unread.length) await Taro.setClipboardData({ data: unreadListText(state.data, showBranch) })
  }

  /** Both tell their outcome, then show the receipts again; the transport toasts a failure. */
  const reminding = useSubmit(
    async (id: string, showBranch: boolean) => {
      const outcome = remindOutcome(await remindUnread(id))
      const copy = await confirmDialog({
        title: outcome.title,
        content: outcome.content,
        showCancel: outcome.offerCopy,
        cancelText: '关闭',
        confirmText: outcome.offerCopy ? '复制名单' : '知道了',
      })
      if (copy && outcome.offerCopy) await copyUnread(showBranch)
    },
    { onDone: () => state.reload() },
  )
  const withdrawing = useSubmit(withdrawNotice, { toast: { title: '已撤回' }, onDone: () => state.reload() })
  const busy = reminding.running || withdrawing.running

  const remind = async (showBranch: boolean) => {
    const unread = state.data?.counts.unread ?? 0
    if (!noticeId || busy || !unread) return
    const confirm = await confirmDialog({
      title: '提醒未读',
      content: `将向 ${unread} 位未读党员中已开启消息提醒的人发送提醒，确定发送？`,
    })
    if (confirm) await reminding.run(noticeId, showBranch)
  }

  const withdraw = async () => {
    if (!noticeId || busy) return
    const confirm = await confirmDialog({
      title: '撤回通知',
      content: '撤回后党员将看不到这条通知，阅读和签阅记录会保留。确定撤回？',
    })
    if (confirm) await withdrawing.run(noticeId)
  }

  return { ...state, remind, copyUnread, withdraw, busy }
}
