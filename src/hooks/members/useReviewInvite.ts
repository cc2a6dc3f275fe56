import { useState } from 'react'
import Taro from '@tarojs/taro'
import { confirmDialog } from '@/utils/dialog'
import type { ReviewInvite } from '@contract'
import { createReviewInvite } from '@/api/members'
import { tellWxFailure } from '@/utils/wxFailure'
import { useSubmit } from '../useSubmit'

export const REVIEW_DAYS = [3, 7, 14] as const

/** 审核账号 (admin): a time-limited invite for WeChat's reviewers into the demo branch, to copy into 审核备注. */
export function useReviewInvite() {
  const [days, setDays] = useState<number>(7)
  const [invite, setInvite] = useState<ReviewInvite>()
  /** The transport toasts a failure. */
  const creating = useSubmit(createReviewInvite, { onDone: setInvite })

  const create = async () => {
    const confirm = await confirmDialog({
      title: '生成审核邀请码',
      content: '将重置「审核演示支部」并结束上一位审核员的访问，确定继续？',
    })
    if (confirm) await creating.run(days)
  }

  const copy = async () => {
    if (!invite) return
    await Taro.setClipboardData({ data: invite.code }).catch((error) => tellWxFailure(error, 'clipboard'))
  }

  return { days, setDays, invite, create, creating: creating.running, copy }
}
