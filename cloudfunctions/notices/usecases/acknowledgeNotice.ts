import type { AcknowledgeResult } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database, Transaction } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import type { NoticeAckDoc, NoticeDoc, NoticeReadDoc } from '../../common/db/models/notices'
import { receiptId } from '../../common/notices/ids'
import { prepareGrant, writeGrant, type Grant } from '../../common/points/grantPoints'
import { readInTransaction } from '../../common/points/txRead'
import { getAddressedNotice } from '../addressed'

/** The 签阅 grant (also the demo seed's history). */
export const ackGrant = (
  notice: Pick<NoticeDoc, '_id' | 'title'>,
  member: Pick<MemberDoc, '_id' | 'branchId'>,
): Grant => ({
  memberId: member._id,
  branchId: member.branchId,
  category: 'notice_ack',
  key: `ack:${notice._id}:${member._id}`,
  reason: `签阅通知：${notice.title}`,
  source: { kind: 'notice', id: notice._id },
  createdBy: 'system',
})

const ackPoints = (tx: Transaction, notice: NoticeDoc, member: MemberDoc, now: Date) =>
  prepareGrant(tx, ackGrant(notice, member), now)

const existingAck = async (db: Database, id: string): Promise<NoticeAckDoc | undefined> =>
  (await db.collection<NoticeAckDoc>(collections.noticeAcks.name).where({ _id: id }).limit(1).get()).data[0]

const toResult = (ack: Pick<NoticeAckDoc, 'ackedAt' | 'points'>): AcknowledgeResult => ({
  ackedAt: new Date(ack.ackedAt).toISOString(),
  points: ack.points,
})

/**
 * The 签阅's transaction: one round of reads (the ack, the read, the grant's
 * reads), then one round of writes (the grant, the read when missing — 签阅
 * implies reading, e.g. from a link without opening first — and the ack).
 * Every document is the member's own, so a branch 签阅ing at once never conflicts.
 */
const writeAck = async (tx: Transaction, notice: NoticeDoc, member: MemberDoc, now: Date) => {
  const id = receiptId(notice._id, member._id)
  const [again, read, points] = await Promise.all([
    readInTransaction<NoticeAckDoc>(tx, collections.noticeAcks.name, id),
    readInTransaction<NoticeReadDoc>(tx, collections.noticeReads.name, id),
    ackPoints(tx, notice, member, now),
  ])
  if (again) return toResult(again)
  const receipt = { noticeId: notice._id, memberId: member._id, branchId: member.branchId }
  const ack: NoticeAckDoc = { _id: id, ...receipt, ackedAt: now, points: points.outcome.points }
  await Promise.all([
    writeGrant(tx, points),
    read === null &&
      tx
        .collection(collections.noticeReads.name)
        .doc(id)
        .set({ data: { ...receipt, readAt: now } }),
    tx.collection(collections.noticeAcks.name).add({ data: ack }),
  ])
  return toResult(ack)
}

/**
 * 签阅: records the acknowledgement, its time and its study points in one
 * transaction, once per member (`_id` `<noticeId>:<memberId>`). Acknowledging
 * again answers with the first acknowledgement.
 */
export const acknowledgeNotice = async (
  { db, caller, now }: Context,
  input: { noticeId: string },
): Promise<AcknowledgeResult> => {
  const id = receiptId(input.noticeId, caller.member._id)
  const [notice, earlier] = await Promise.all([
    getAddressedNotice(db, caller.member, input.noticeId),
    existingAck(db, id),
  ])
  if (!notice.requiresAck) throw new AppError('NOTICE_ACK_NOT_REQUIRED')
  if (earlier) return toResult(earlier)
  try {
    return await db.runTransaction((tx) => writeAck(tx, notice, caller.member, now))
  } catch (error) {
    const raced = isDuplicateKeyError(error) ? await existingAck(db, id) : undefined
    if (raced) return toResult(raced)
    throw error
  }
}
