import type { NoticeDetail } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import type { NoticeReadDoc } from '../../common/db/models/notices'
import { isDuplicateKeyError } from '../../common/errors'
import { receiptId } from '../../common/notices/ids'
import { branchNameMap, myAcksAmong, myReadsAmong } from '../../common/notices/store'
import { getAddressedNotice } from '../addressed'
import { toDetail } from '../views'

/** The first open wins; the natural `_id` turns every later (or parallel) open into a no-op. */
const recordRead = async (db: Database, noticeId: string, member: MemberDoc, now: Date): Promise<void> => {
  const read: NoticeReadDoc = {
    _id: receiptId(noticeId, member._id),
    noticeId,
    memberId: member._id,
    branchId: member.branchId,
    readAt: now,
  }
  try {
    await db.collection(collections.noticeReads.name).add({ data: read })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
}

/** Opens a notice addressed to the caller and records their read once. */
export const openNotice = async ({ db, caller, now }: Context, input: { noticeId: string }): Promise<NoticeDetail> => {
  const notice = await getAddressedNotice(db, caller.member, input.noticeId)
  await recordRead(db, notice._id, caller.member, now)
  const [reads, acks, branchNames] = await Promise.all([
    myReadsAmong(db, caller.member._id, [notice._id]),
    myAcksAmong(db, caller.member._id, [notice._id]),
    branchNameMap(db),
  ])
  return toDetail(notice, branchNames, { read: reads.get(notice._id), ack: acks.get(notice._id) })
}
