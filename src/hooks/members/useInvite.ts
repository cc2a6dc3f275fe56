import { useState } from 'react'
import Taro from '@tarojs/taro'
import { confirmDialog } from '@/utils/dialog'
import type { RosterEntry } from '@contract'
import { createInvite } from '@/api/members'
import { formatDateTimeText } from '@/utils/time'
import { tellWxFailure } from '@/utils/wxFailure'
import { useSubmit } from '../useSubmit'

/** Shows the code with its expiry; 复制 puts it on the clipboard. */
const showCode = async (name: string, code: string, expiresAt: string) => {
  const confirm = await confirmDialog({
    title: `${name}的邀请码`,
    content: `邀请码 ${code}，有效期至 ${formatDateTimeText(expiresAt)}。请告知本人在绑定页选择“邀请码”填写。`,
    confirmText: '复制',
    cancelText: '关闭',
  })
  if (confirm) await Taro.setClipboardData({ data: code }).catch((error) => tellWxFailure(error, 'clipboard'))
}

/** A secretary's invite code for an unbound member, shown in a dialog they can copy from. */
export function useInvite() {
  const [pendingId, setPendingId] = useState<string>()
  /** The transport toasts a failure. */
  const inviting = useSubmit((entry: RosterEntry) => createInvite(entry.memberId), {
    onDone: ({ code, expiresAt }, entry) => showCode(entry.name, code, expiresAt),
  })

  const invite = async (entry: RosterEntry) => {
    if (inviting.running) return
    setPendingId(entry.memberId)
    await inviting.run(entry)
  }

  return { invite, pendingId: inviting.running ? pendingId : undefined }
}
