import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { RosterEntry } from '@contract'
import { createInvite } from '@/api/members'
import { formatDateTimeText } from '@/utils/time'
import { tellWxFailure } from '@/utils/wxFailure'

/** A secretary's invite code for an unbound member, shown in a dialog they can copy from. */
export function useInvite() {
  const [pendingId, setPendingId] = useState<string>()

  const invite = async (entry: RosterEntry) => {
    setPendingId(entry.memberId)
    try {
      const { code, expiresAt } = await createInvite(entry.memberId)
      const { confirm } = await Taro.showModal({
        title: `${entry.name}的邀请码`,
        content: `邀请码 ${code}，有效期至 ${formatDateTimeText(expiresAt)}。请告知本人在绑定页选择“邀请码”填写。`,
        confirmText: '复制',
        cancelText: '关闭',
        confirmColor: '#c8161e',
      })
      if (confirm) await Taro.setClipboardData({ data: code }).catch((error) => tellWxFailure(error, 'clipboard'))
    } catch {
      // The transport has already shown the error.
    } finally {
      setPendingId(undefined)
    }
  }

  return { invite, pendingId }
}
