import { collections } from '../../cloudfunctions/common/db/collections'
import type { NoticeAckDoc } from '../../cloudfunctions/common/db/models/notices'
import { demoIdentities } from '../helpers/testCloud'
import { generalNotice, useNoticesCloud } from './helpers'

const t = useNoticesCloud()

const { secretary, member, otherMember } = demoIdentities

const ledgerOf = async (key: string) =>
  (await t.db.collection(collections.pointsLedger.name).where({ _id: key }).get()).data

describe('签阅', () => {
  it('records the acknowledgement, its time and its point once, even when tapped in parallel', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ requiresAck: true }))
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.call(member, 'notices', 'acknowledgeNotice', { noticeId: notice.id })),
    )
    expect(results.every((result) => result.ok)).toBe(true)
    const acks = (await t.db.collection<NoticeAckDoc>(collections.noticeAcks.name).where({ noticeId: notice.id }).get())
      .data
    expect(acks).toHaveLength(1)
    expect(acks[0]).toMatchObject({ _id: `${notice.id}:m006`, memberId: 'm006', points: 1 })
    const ledger = await ledgerOf(`ack:${notice.id}:m006`)
    expect(ledger).toEqual([expect.objectContaining({ memberId: 'm006', category: 'notice_ack', points: 1 })])
    // Acknowledging counts as reading.
    const detail = await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    expect(detail).toMatchObject({ read: true, acked: true, ackedAt: acks[0].ackedAt.toISOString() })
  })

  it('refuses 签阅 of a notice that does not ask for it, and of one not addressed to the caller', async () => {
    const plain = await t.ok(secretary, 'notices', 'publishNotice', generalNotice())
    const asking = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ requiresAck: true }))
    const before = t.cloud.database.dump()
    expect(await t.call(member, 'notices', 'acknowledgeNotice', { noticeId: plain.notice.id })).toMatchObject({
      ok: false,
      code: 'NOTICE_ACK_NOT_REQUIRED',
    })
    const foreign = await t.call(otherMember, 'notices', 'acknowledgeNotice', { noticeId: asking.notice.id })
    expect(foreign).toMatchObject({
      ok: false,
      code: 'NOTICE_NOT_FOUND',
      message: expect.stringMatching(/不是发给您的/),
    })
    expect(t.cloud.database.dump()).toEqual(before)
  })
})
