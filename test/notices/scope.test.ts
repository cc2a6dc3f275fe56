import { collections } from '../../cloudfunctions/common/db/collections'
import { demoIdentities } from '../helpers/testCloud'
import { generalNotice, useNoticesCloud } from './helpers'

const t = useNoticesCloud()

const { secretary, member, otherMember, otherSecretary, leader } = demoIdentities

const inbox = async (openid: string) =>
  (await t.ok(openid, 'notices', 'listMyNotices', {})).items.map((item) => item.id)

describe('who sees a notice', () => {
  it('shows a branch notice to its branch and never to another branch, not even by id', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ requiresAck: true }))
    expect(await inbox(member)).toContain(notice.id)
    expect(await inbox(otherMember)).not.toContain(notice.id)
    const overview = await t.ok(otherMember, 'notices', 'noticeOverview', {})
    expect(overview.latest.map((item) => item.id)).not.toContain(notice.id)

    const before = t.cloud.database.dump()
    const opened = await t.call(otherMember, 'notices', 'openNotice', { noticeId: notice.id })
    expect(opened).toMatchObject({ ok: false, code: 'NOTICE_NOT_FOUND' })
    const acked = await t.call(otherMember, 'notices', 'acknowledgeNotice', { noticeId: notice.id })
    expect(acked).toMatchObject({ ok: false, code: 'NOTICE_NOT_FOUND' })
    // A missing notice answers the same way, so the id's existence does not leak.
    const missing = await t.call(otherMember, 'notices', 'openNotice', { noticeId: 'n-does-not-exist' })
    expect(missing).toEqual(opened)
    expect(t.cloud.database.dump()).toEqual(before)
  })

  it('keeps receipts and management of a branch notice from other branches', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice())
    for (const action of ['noticeReceipts', 'remindUnread', 'withdrawNotice', 'getManagedNotice'] as const) {
      const result = await t.call(otherSecretary, 'notices', action, { noticeId: notice.id })
      expect(result).toMatchObject({ ok: false, code: 'NOTICE_NOT_FOUND' })
    }
    expect(await t.call(member, 'notices', 'noticeReceipts', { noticeId: notice.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const managed = await t.ok(otherSecretary, 'notices', 'listManagedNotices', {})
    expect(managed.items.map((item) => item.id)).not.toContain(notice.id)
  })

  it('lets a leader address chosen branches only', async () => {
    const { notice } = await t.ok(
      leader,
      'notices',
      'publishNotice',
      generalNotice({ audience: { scope: 'branches', branchIds: ['b2'] } }),
    )
    expect(notice.audienceLabel).toBe('第二支部')
    expect(notice.recipientCount).toBe(20)
    expect(await inbox(otherMember)).toContain(notice.id)
    expect(await inbox(member)).not.toContain(notice.id)
    expect(await t.call(member, 'notices', 'openNotice', { noticeId: notice.id })).toMatchObject({
      ok: false,
      code: 'NOTICE_NOT_FOUND',
    })
  })

  it("refuses a secretary's list of branches that names another branch, and writes nothing", async () => {
    const before = t.cloud.database.dump()
    for (const branchIds of [['b1', 'b2'], ['b2', 'b1'], ['b2'], ['b1', 'b2', 'b3', 'b4']]) {
      const result = await t.call(
        secretary,
        'notices',
        'publishNotice',
        generalNotice({ audience: { scope: 'branches', branchIds } }),
      )
      expect({ branchIds, result }).toMatchObject({ branchIds, result: { ok: false, code: 'NOTICE_SCOPE_FORBIDDEN' } })
    }
    expect(t.cloud.database.dump()).toEqual(before)
    const own = await t.ok(
      secretary,
      'notices',
      'publishNotice',
      generalNotice({ audience: { scope: 'branches', branchIds: ['b1', 'b1'] } }),
    )
    expect(own.notice).toMatchObject({ audienceLabel: '第一支部', recipientCount: 20 })
    expect(await inbox(member)).toContain(own.notice.id)
    expect(await inbox(otherMember)).not.toContain(own.notice.id)
  })

  it('stores a list of branches as scope branches, and a list of the publisher’s own branch as scope branch', async () => {
    const publish = async (openid: string, branchIds: string[]) => {
      const audience = { scope: 'branches' as const, branchIds }
      const { notice } = await t.ok(openid, 'notices', 'publishNotice', generalNotice({ audience }))
      const managed = await t.ok(openid, 'notices', 'getManagedNotice', { noticeId: notice.id })
      return { label: notice.audienceLabel, recipients: notice.recipientCount, scope: managed.scope }
    }
    expect(await publish(leader, ['b2', 'b3'])).toEqual({
      label: '第二支部、第三支部',
      recipients: 40,
      scope: 'branches',
    })
    expect(await publish(leader, ['b1'])).toEqual({ label: '第一支部', recipients: 20, scope: 'branch' })
    expect(await publish(leader, ['b2'])).toEqual({ label: '第二支部', recipients: 20, scope: 'branches' })
    expect(await publish(secretary, ['b1', 'b1'])).toEqual({ label: '第一支部', recipients: 20, scope: 'branch' })
  })

  it('reaches every branch with an organisation-wide notice', async () => {
    const { notice } = await t.ok(
      leader,
      'notices',
      'publishNotice',
      generalNotice({ audience: { scope: 'organisation' } }),
    )
    expect(notice).toMatchObject({ audienceLabel: '全体支部', recipientCount: 80 })
    expect(await inbox(member)).toContain(notice.id)
    expect(await inbox(otherMember)).toContain(notice.id)
  })

  it('hides a withdrawn notice from members but keeps its record', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice())
    await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    const withdrawn = await t.ok(secretary, 'notices', 'withdrawNotice', { noticeId: notice.id })
    expect(withdrawn).toMatchObject({ status: 'withdrawn', readCount: 1 })
    expect(await inbox(member)).not.toContain(notice.id)
    expect(await t.call(member, 'notices', 'openNotice', { noticeId: notice.id })).toMatchObject({
      ok: false,
      code: 'NOTICE_WITHDRAWN',
    })
    const { total } = await t.db.collection(collections.notices.name).where({ _id: notice.id }).count()
    expect(total).toBe(1)
    const managed = await t.ok(secretary, 'notices', 'listManagedNotices', {})
    expect(managed.items.find((item) => item.id === notice.id)).toMatchObject({ status: 'withdrawn' })
  })
})
