import type { AcknowledgeResult } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database, Transaction } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import type { NoticeAckDoc, NoticeDoc, NoticeReadDoc } from '../../common/db/models/notices'
import { receiptId } from '../../common/notices/ids'
import { grantPoints } from '../../common/points/grantPoints'
import { readInTransaction } from '../../common/points/txRead'
import { getAddressedNotice } from '../addressed'

const ackPoints = (tx: Transaction, notice: NoticeDoc, member: MemberDoc, now: Date) =>
  grantPoints(
    tx,
    {
      memberId: member._id,
      branchId: member.branchId,
      category: 'notice_ack',
      key: `ack:${notice._id}:${member._id}`,
      reason: `签阅通知：${notice.title}`,
      source: { kind: 'notice', id: notice._id },
      createdBy: 'system',
    },
    now,
  )

/** 签阅 implies reading: the read is recorded too if the member acknowledges from a link without opening first. */
const ensureRead = async (tx: Transaction, id: string, notice: NoticeDoc, member: MemberDoc, now: Date) => {
  if (await readInTransaction<NoticeReadDoc>(tx, collections.noticeReads.name, id)) return
  const read: Omit<NoticeReadDoc, '_id'> = {
    noticeId: notice._id,
    memberId: member._id,
    branchId: member.branchId,
    readAt: now,
  }
  await tx.collection(collections.noticeReads.name).doc(id).set({ data: read })
}

const existingAck = async (db: Database, id: string): Promise<NoticeAckDoc | undefined> =>
  (await db.collection<NoticeAckDoc>(collections.noticeAcks.name).where({ _id: id }).limit(1).get()).data[0]

const toResult = (ack: Pick<NoticeAckDoc, 'ackedAt' | 'points'>): AcknowledgeResult => ({
  ackedAt: new Date(ack.ackedAt).toISOString(),
  points: ack.points,
})

/**
 * 签阅: records the acknowledgement, its time and its study points in one
 * transaction, once per member (`_id` `<noticeId>:<memberId>`). Acknowledging
 * again answers with the first acknowledgement.
 */
export const acknowledgeNotice = async (
  { db, caller, now }: Context,
  input: { noticeId: string },
): Promise<AcknowledgeResult> => {
  const notice = await getAddressedNotice(db, caller.member, input.noticeId)
  if (!notice.requiresAck) throw new AppError('NOTICE_ACK_NOT_REQUIRED')
  const id = receiptId(notice._id, caller.member._id)
  const earlier = await existingAck(db, id)
  if (earlier) return toResult(earlier)
  try {
    return await db.runTransaction(async (tx) => {
      const again = await readInTransaction<NoticeAckDoc>(tx, collections.noticeAcks.name, id)
      if (again) return toResult(again)
      const { points } = await ackPoints(tx, notice, caller.member, now)
      await ensureRead(tx, id, notice, caller.member, now)
      const ack: NoticeAckDoc = {
        _id: id,
        noticeId: notice._id,
        memberId: caller.member._id,
        branchId: caller.member.branchId,
        ackedAt: now,
        points,
      }
      await tx.collection(collections.noticeAcks.name).add({ data: ack })
      return toResult(ack)
    })
  } catch (error) {
    const raced = isDuplicateKeyError(error) ? await existingAck(db, id) : undefined
    if (raced) return toResult(raced)
    throw error
  }
}
