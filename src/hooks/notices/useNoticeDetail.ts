import { acknowledgeNotice, openNotice } from '@/api/notices'
import { openFile } from '@/api/transport'
import type { NoticeAttachment } from '@contract'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

/** One notice: opening it records the read; 签阅 records the acknowledgement and its points. */
export function useNoticeDetail(noticeId: string | undefined) {
  const state = useRequest(() => openNotice(noticeId ?? '', { silent: true }), [noticeId], { ready: Boolean(noticeId) })
  /** The transport toasts a failure. */
  const acking = useSubmit(acknowledgeNotice, {
    toast: { title: ({ points }) => (points > 0 ? `已签阅，积分 +${points}` : '已签阅') },
    onDone: ({ ackedAt }) => state.setData((notice) => notice && { ...notice, acked: true, ackedAt, read: true }),
  })

  const acknowledge = async () => {
    if (state.data) await acking.run(state.data.id)
  }

  const openAttachment = (attachment: NoticeAttachment) => void openFile(attachment.fileID, attachment.name)

  return { ...state, acknowledge, acking: acking.running, openAttachment }
}
