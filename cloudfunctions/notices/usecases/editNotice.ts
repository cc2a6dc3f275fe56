import type { ManagedNotice } from '../../common/contract'
import type { ParsedInputOf } from '../../common/contract/define'
import type { noticesContract } from '../../common/contract/notices'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import { noticeVersionDoc, type NoticeDoc } from '../../common/db/models/notices'
import { checkAttachments } from '../attachments'
import { branchNameMap, receiptCounts } from '../../common/notices/store'
import { readInTransaction } from '../../common/points/txRead'
import { assertPublished, getManageableNotice } from '../managed'
import { toManaged } from '../views'

type EditInput = ParsedInputOf<typeof noticesContract.editNotice>

/**
 * Saves the edited content as a new version; every earlier version stays in
 * `noticeVersions`. The audience, kind and meeting do not change once
 * published (members were told). Editing from a stale version is refused.
 */
export const editNotice = async ({ db, caller, now }: Context, input: EditInput): Promise<ManagedNotice> => {
  const { notice: current, places } = await getManageableNotice(db, caller.member, input.noticeId)
  assertPublished(current)
  const attachments = checkAttachments(input.attachments)
  const edited = await db.runTransaction(async (tx) => {
    const notice = await readInTransaction<NoticeDoc>(tx, collections.notices.name, current._id)
    if (!notice || notice.status !== 'published') throw new AppError('NOTICE_WITHDRAWN')
    if (notice.version !== input.version) throw new AppError('CONFLICT', '通知已被他人修改，请刷新后在最新版本上编辑')
    const changes = {
      title: input.title,
      body: input.body,
      attachments,
      pinned: input.pinned,
      requiresAck: input.requiresAck,
      version: notice.version + 1,
      updatedAt: now,
    }
    const next: NoticeDoc = { ...notice, ...changes }
    await tx.collection(collections.notices.name).doc(notice._id).update({ data: changes })
    await tx.collection(collections.noticeVersions.name).add({ data: noticeVersionDoc(next, caller.member, now) })
    return next
  })
  const [counts, branchNames] = await Promise.all([receiptCounts(db, [edited._id]), branchNameMap(db)])
  return toManaged(
    edited,
    branchNames,
    { read: counts.reads.get(edited._id) ?? 0, acked: counts.acks.get(edited._id) ?? 0 },
    caller.member,
    places,
  )
}
