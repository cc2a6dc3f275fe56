import { useState } from 'react'
import Taro from '@tarojs/taro'
import { acknowledgeNotice, openNotice } from '@/api/notices'
import { openFile } from '@/api/transport'
import type { NoticeAttachment } from '@contract'
import { useRequest } from '../useRequest'

/** One notice: opening it records the read; 签阅 records the acknowledgement and its points. */
export function useNoticeDetail(noticeId: string | undefined) {
  const state = useRequest(() => openNotice(noticeId ?? '', { silent: true }), [noticeId], { ready: Boolean(noticeId) })
  const [acking, setAcking] = useState(false)

  const acknowledge = async () => {
    if (!state.data || acking) return
    setAcking(true)
    try {
      const { ackedAt, points } = await acknowledgeNotice(state.data.id)
      state.setData((notice) => notice && { ...notice, acked: true, ackedAt, read: true })
      void Taro.showToast({ title: points > 0 ? `已签阅，积分 +${points}` : '已签阅', icon: 'success' })
    } catch {
      // The transport has shown the error.
    } finally {
      setAcking(false)
    }
  }

  const openAttachment = (attachment: NoticeAttachment) => void openFile(attachment.fileID, attachment.name)

  return { ...state, acknowledge, acking, openAttachment }
}
