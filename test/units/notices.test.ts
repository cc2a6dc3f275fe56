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
