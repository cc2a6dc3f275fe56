/**
 * What a grant reaches, and who manages a branch (common/rules/access.ts, through the functions):
 * a role with grants on two units reaches both subtrees; one role's grant lends nothing to another
 * role of the same member; seeing a branch's event is not taking part in it; a secretary sits on
 * their branch committee without the 支委 role and manages no other branch.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'
import { generalLeader, growTree, subLeader } from './helpers'

const t = cloudPerTest()

const firstOf = async <T>(collection: string, branchId: string): Promise<T & { _id: string }> =>
  (await t.db.collection<T & { _id: string }>(collection).where({ branchId }).limit(1).get()).data[0]

const rosterAnswers = async (openid: string) =>
  Promise.all(
    ['b1', 'b2', 'b3', 'b4'].map(async (branchId) => {
      const answer = await t.call(openid, 'members', 'listRoster', { branchId })
      return answer.ok ? 'ok' : answer.code
    }),
  )

describe('what a grant reaches', () => {
  beforeEach(() => growTree(t))

  it('reaches the subtrees of every unit the role was granted on', async () => {
    const only = await rosterAnswers(generalLeader)
    await t.ok(demoIdentities.admin, 'members', 'grantRole', { unitId: 'b1', memberId: 'm042', role: 'leader' })
    expect({ only, both: await rosterAnswers(generalLeader) }).toEqual({
      only: ['FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN'],
      both: ['ok', 'FORBIDDEN', 'ok', 'FORBIDDEN'],
    })
  })

  it("lends one role's grant to none of the member's other roles", async () => {
    // 二分公司党委's leader also administers 第一支部 only.
    await t.ok(demoIdentities.admin, 'members', 'grantRole', { unitId: 'b1', memberId: 'm022', role: 'admin' })
    const found = await t.ok(subLeader, 'members', 'searchRoster', { query: '138' })
    expect([...new Set(found.map((entry) => entry.branchId))]).toEqual(['b1'])
    expect(found).toHaveLength(20)
    const inB1 = await firstOf<MemberDoc>(collections.members.name, 'b1')
    const inB2 = await firstOf<MemberDoc>(collections.members.name, 'b2')
    const roles = (memberId: string) => ({ memberId, roles: ['member' as const, 'committee' as const] })
    expect(await t.call(subLeader, 'members', 'setRoles', roles(inB1._id))).toMatchObject({ ok: true })
    // Leading 二分公司党委 does not let its admin side manage 第二支部: answered like a missing member.
    expect(await t.call(subLeader, 'members', 'setRoles', roles(inB2._id))).toEqual(
      await t.call(subLeader, 'members', 'setRoles', roles('m999')),
    )
  })

  it('lets an organisation-wide leader see another branch’s event but not check in to it', async () => {
    const event = await firstOf<EventDoc>(collections.events.name, 'b2')
    expect(await t.call(demoIdentities.leader, 'events', 'getEvent', { eventId: event._id })).toMatchObject({
      ok: true,
    })
    expect(await t.call(demoIdentities.leader, 'events', 'checkIn', { eventId: event._id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '不能签到其他支部的活动',
    })
  })

  it('counts a secretary on their branch committee without the 支委 role', async () => {
    await t.ok(demoIdentities.admin, 'members', 'setRoles', { memberId: 'm001', roles: ['member', 'secretary'] })
    const year = { year: new Date().getFullYear() }
    expect(await t.call(demoIdentities.secretary, 'review', 'listTalks', { branchId: 'b1', ...year })).toMatchObject({
      ok: true,
    })
    expect(await t.call(demoIdentities.secretary, 'review', 'listTalks', { branchId: 'b2', ...year })).toMatchObject({
      ok: false,
    })
  })

  it("tells a secretary who names another branch's reliefs that only its secretary may", async () => {
    expect(await t.call(demoIdentities.otherSecretary, 'dues', 'listReliefs', { branchId: 'b1' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只有本支部书记可以执行此操作',
    })
    expect(await t.call(demoIdentities.otherSecretary, 'dues', 'listReliefs', { branchId: 'b2' })).toMatchObject({
      ok: true,
    })
  })

  it("tells a secretary who leads the organisation too that another branch's event is its secretary's", async () => {
    await t.ok(demoIdentities.admin, 'members', 'grantRole', { unitId: 'org', memberId: 'm021', role: 'leader' })
    const event = await firstOf<EventDoc>(collections.events.name, 'b1')
    expect(await t.call(demoIdentities.otherSecretary, 'events', 'getEvent', { eventId: event._id })).toMatchObject({
      ok: true,
    })
    expect(await t.call(demoIdentities.otherSecretary, 'events', 'currentCode', { eventId: event._id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只有本支部书记可以执行此操作',
    })
  })
})
