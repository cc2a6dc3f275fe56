/** Notices to a unit's subtree: leaders above it and 党委 / 党总支 secretaries granted on it publish there. */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { NoticeDoc } from '../../cloudfunctions/common/db/models/notices'
import { cloudPerTest, demoIdentities, demoOpenid } from '../helpers/testCloud'
import { growTree, subLeader } from './helpers'

const t = cloudPerTest()

const notice = (unitId: string) => ({
  kind: 'general' as const,
  audience: { scope: 'unit' as const, unitId },
  title: '关于开展主题教育的通知',
  body: '请各支部按计划开展学习。',
  attachments: [],
  pinned: false,
  requiresAck: false,
})

const stored = async (noticeId: string) =>
  (await t.db.collection<NoticeDoc>(collections.notices.name).doc(noticeId).get()).data

describe('notices to a unit', () => {
  it('reach every branch below the unit, resolved when published', async () => {
    const tree = await growTree(t)
    const published = await t.ok(subLeader, 'notices', 'publishNotice', notice(tree.sub))
    expect((await stored(published.notice.id)).branchIds.sort()).toEqual(['b2', 'b3'])
    const inbox = await t.ok(demoOpenid('m045'), 'notices', 'listMyNotices', {})
    expect(inbox.items.map((item) => item.id)).toContain(published.notice.id)
  })

  it('let a 党总支 secretary publish to their own unit, and nowhere above it', async () => {
    const tree = await growTree(t)
    await t.ok(demoIdentities.admin, 'members', 'grantRole', {
      unitId: tree.general,
      memberId: 'm046',
      role: 'secretary',
    })
    const secretary = demoOpenid('m046')
    const published = await t.ok(secretary, 'notices', 'publishNotice', notice(tree.general))
    expect((await stored(published.notice.id)).branchIds).toEqual(['b3'])

    const before = JSON.stringify(t.cloud.database.dump())
    expect(await t.call(secretary, 'notices', 'publishNotice', notice(tree.sub))).toMatchObject({
      ok: false,
      code: 'NOTICE_SCOPE_FORBIDDEN',
    })
    expect(await t.call(subLeader, 'notices', 'publishNotice', notice('org'))).toMatchObject({
      ok: false,
      code: 'NOTICE_SCOPE_FORBIDDEN',
    })
    expect(await t.call(demoIdentities.member, 'notices', 'publishNotice', notice('org'))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(JSON.stringify(t.cloud.database.dump())).toBe(before)
  })

  it('refuses a unit that does not exist', async () => {
    expect(await t.call(demoIdentities.leader, 'notices', 'publishNotice', notice('missing-unit'))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })
})

const toBranches = (branchIds: string[], title: string) => ({
  ...notice('org'),
  audience: { scope: 'branches' as const, branchIds },
  title,
})

/** The b2 secretary's notice, the b1 secretary's notice and the whole organisation's, published as their own. */
const publishThree = async () => {
  const own = async (openid: string, branchIds: string[], title: string) =>
    (await t.ok(openid, 'notices', 'publishNotice', toBranches(branchIds, title))).notice.id
  return {
    b2: await own(demoIdentities.otherSecretary, ['b2'], '第二支部学习通知'),
    b1: await own(demoIdentities.secretary, ['b1'], '第一支部学习通知'),
    all: (await t.ok(demoIdentities.leader, 'notices', 'publishNotice', { ...notice('org'), title: '全体通知' })).notice
      .id,
  }
}

const editOf = async (openid: string, noticeId: string) => {
  const { body, attachments, pinned, requiresAck } = notice('org')
  return t.call(openid, 'notices', 'editNotice', {
    noticeId,
    version: 1,
    title: '（更正）学习通知',
    body,
    attachments,
    pinned,
    requiresAck,
  })
}

describe('managing the notices inside a subtree', () => {
  it('lets a 二级党委 leader list and edit the notices of its branches, and nothing outside it', async () => {
    await growTree(t)
    const ids = await publishThree()
    const listed = await t.ok(subLeader, 'notices', 'listManagedNotices', {})
    const mine = listed.items.filter((item) => Object.values(ids).includes(item.id))
    expect(Object.fromEntries(mine.map((item) => [item.id, item.canManage]))).toEqual({
      [ids.b2]: true,
      [ids.all]: false,
    })
    expect(await editOf(subLeader, ids.b2)).toMatchObject({ ok: true })

    // Outside the subtree: answered exactly like a notice that does not exist, nothing written.
    const before = JSON.stringify(t.cloud.database.dump())
    const outside = await editOf(subLeader, ids.b1)
    expect(outside).toEqual(await editOf(subLeader, 'no-such-notice'))
    expect(outside).toMatchObject({ ok: false })
    expect(await editOf(subLeader, ids.all)).toEqual(outside)
    expect(JSON.stringify(t.cloud.database.dump())).toBe(before)

    // The organisation's notice: its receipts for the subtree's branches only.
    const receipts = await t.ok(subLeader, 'notices', 'noticeReceipts', { noticeId: ids.all })
    expect(receipts.counts.recipients).toBe(40)
  })

  it('lets a 二级党委 secretary (a grant, no role) publish inside, list and withdraw the notices of its branches', async () => {
    const tree = await growTree(t)
    await t.ok(demoIdentities.admin, 'members', 'grantRole', { unitId: tree.sub, memberId: 'm046', role: 'secretary' })
    const secretary = demoOpenid('m046')
    const ids = await publishThree()

    const options = await t.ok(secretary, 'notices', 'publishOptions', {})
    expect(options.orgWide).toBe(false)
    expect(options.branches.map((branch) => branch.id).sort()).toEqual(['b2', 'b3'])
    const chosen = await t.ok(secretary, 'notices', 'publishNotice', toBranches(['b2', 'b3'], '二分公司通知'))
    expect(chosen.notice.canManage).toBe(true)

    const listed = await t.ok(secretary, 'notices', 'listManagedNotices', {})
    const ours = [...Object.values(ids), chosen.notice.id]
    expect(
      listed.items
        .map((item) => item.id)
        .filter((id) => ours.includes(id))
        .sort(),
    ).toEqual([ids.b2, ids.all, chosen.notice.id].sort())
    expect(await t.call(secretary, 'notices', 'withdrawNotice', { noticeId: ids.b2 })).toMatchObject({ ok: true })
    expect(await t.call(secretary, 'notices', 'withdrawNotice', { noticeId: ids.b1 })).toEqual(
      await t.call(secretary, 'notices', 'withdrawNotice', { noticeId: 'no-such-notice' }),
    )
    // A plain member (no role, no grant) is refused the publishers' actions.
    expect(await t.call(demoIdentities.member, 'notices', 'listManagedNotices', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})
