import { demoIdentities } from '../helpers/testCloud'
import { generalNotice, useNoticesCloud } from './helpers'

const t = useNoticesCloud()

const { secretary, member, member2, leader, otherSecretary, otherMember } = demoIdentities

const names = (people: { memberId: string }[]) => people.map((person) => person.memberId).sort()

describe('receipts', () => {
  it('counts and names read, acknowledged and unread members', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ requiresAck: true }))
    await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    await t.ok(member2, 'notices', 'openNotice', { noticeId: notice.id })
    await t.ok(member2, 'notices', 'acknowledgeNotice', { noticeId: notice.id })

    const receipts = await t.ok(secretary, 'notices', 'noticeReceipts', { noticeId: notice.id })
    expect(receipts.counts).toEqual({ recipients: 20, read: 2, acked: 1, unread: 18 })
    expect(names(receipts.acknowledged)).toEqual(['m007'])
    expect(names(receipts.readOnly)).toEqual(['m006'])
    expect(receipts.unread).toHaveLength(18)
    expect(names(receipts.unread)).not.toContain('m006')
    expect(receipts.acknowledged[0]).toMatchObject({ branchName: '第一支部', ackedAt: expect.any(String) })
    expect(receipts.notice).toMatchObject({ readCount: 2, ackCount: 1, recipientCount: 20 })

    const managed = await t.ok(secretary, 'notices', 'listManagedNotices', {})
    expect(managed.items.find((item) => item.id === notice.id)).toMatchObject({ readCount: 2, ackCount: 1 })
  })

  it('shows a leader every branch and a secretary only their own branch of an organisation-wide notice', async () => {
    const { notice } = await t.ok(
      leader,
      'notices',
      'publishNotice',
      generalNotice({ audience: { scope: 'organisation' } }),
    )
    await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    await t.ok(otherMember, 'notices', 'openNotice', { noticeId: notice.id })

    const all = await t.ok(leader, 'notices', 'noticeReceipts', { noticeId: notice.id })
    expect(all.counts).toMatchObject({ recipients: 80, read: 2, unread: 78 })
    expect(names(all.readOnly)).toEqual(['m006', 'm026'])

    const own = await t.ok(otherSecretary, 'notices', 'noticeReceipts', { noticeId: notice.id })
    expect(own.counts).toMatchObject({ recipients: 20, read: 1, unread: 19 })
    expect(names(own.readOnly)).toEqual(['m026'])
    expect(own.notice.canManage).toBe(false)
    expect(await t.call(otherSecretary, 'notices', 'withdrawNotice', { noticeId: notice.id })).toMatchObject({
      ok: false,
      code: 'NOTICE_NOT_FOUND',
    })
  })
})
