import { collections } from '../../cloudfunctions/common/db/collections'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'

const t = cloudPerTest()

const masked = /^1\d{2}\*{4}\d{4}$/

describe('branch roster', () => {
  it('shows a secretary their own branch with masked phones', async () => {
    const roster = await t.ok(demoIdentities.secretary, 'members', 'listRoster', {})
    expect(roster).toHaveLength(20)
    expect(roster.every((entry) => entry.branchId === 'b1' && masked.test(entry.phone))).toBe(true)
    expect(
      roster
        .filter((entry) => !entry.bound)
        .map((entry) => entry.memberId)
        .sort(),
    ).toEqual(['m019', 'm020'])
  })

  it('refuses a secretary another branch', async () => {
    const result = await t.call(demoIdentities.secretary, 'members', 'listRoster', { branchId: 'b2' })
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('refuses plain members, committee members and unbound users', async () => {
    expect(await t.call(demoIdentities.member, 'members', 'listRoster', {})).toMatchObject({ code: 'FORBIDDEN' })
    expect(await t.call(demoIdentities.committee, 'members', 'listRoster', {})).toMatchObject({ code: 'FORBIDDEN' })
    expect(await t.call(demoIdentities.unbound, 'members', 'listRoster', {})).toMatchObject({ code: 'NOT_BOUND' })
  })

  it('lets a leader read any branch masked and the admin in full', async () => {
    const leaderView = await t.ok(demoIdentities.leader, 'members', 'listRoster', { branchId: 'b3' })
    expect(leaderView).toHaveLength(20)
    expect(leaderView.every((entry) => entry.branchId === 'b3' && masked.test(entry.phone))).toBe(true)
    const adminView = await t.ok(demoIdentities.admin, 'members', 'listRoster', { branchId: 'b3' })
    expect(adminView.map((entry) => entry.memberId)).toEqual(leaderView.map((entry) => entry.memberId))
    expect(adminView.every((entry) => /^1\d{10}$/.test(entry.phone))).toBe(true)
  })

  it('reports an unknown branch', async () => {
    expect(await t.call(demoIdentities.admin, 'members', 'listRoster', { branchId: 'b9' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  it('lists branches with their groups for any member', async () => {
    const branches = await t.ok(demoIdentities.member, 'members', 'listBranches', {})
    expect(branches.map((branch) => branch.name)).toEqual(['第一支部', '第二支部', '第三支部', '第四支部'])
    expect(branches[0].groups).toHaveLength(2)
  })

  it('only lets a secretary invite unbound members of their own branch', async () => {
    expect(await t.call(demoIdentities.secretary, 'members', 'createInvite', { memberId: 'm039' })).toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await t.call(demoIdentities.secretary, 'members', 'createInvite', { memberId: 'm006' })).toMatchObject({
      code: 'BIND_TAKEN',
    })
    expect(await t.call(demoIdentities.member, 'members', 'createInvite', { memberId: 'm019' })).toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})

describe("the admin's roster changes", () => {
  it('changes roles, always keeping 党员, with history', async () => {
    const entry = await t.ok(demoIdentities.admin, 'members', 'setRoles', { memberId: 'm006', roles: ['committee'] })
    expect(entry.roles).toEqual(['member', 'committee'])
    const history = await t.ok(demoIdentities.admin, 'members', 'memberHistory', { memberId: 'm006' })
    const { data } = await t.db.collection(collections.members.name).where({ _id: 'm005' }).get()
    expect(history[0]).toMatchObject({ change: 'roles', from: '党员', to: '党员、支委', by: data[0].name })
  })

  it('moves a member to another branch and group, dropping branch roles, with history', async () => {
    const entry = await t.ok(demoIdentities.admin, 'members', 'moveMember', {
      memberId: 'm002',
      branchId: 'b2',
      groupId: 'b2-g2',
    })
    expect(entry).toMatchObject({ branchId: 'b2', groupId: 'b2-g2', groupName: '第二党小组', roles: ['member'] })
    const history = await t.ok(demoIdentities.admin, 'members', 'memberHistory', { memberId: 'm002' })
    expect(history[0]).toMatchObject({ change: 'branch', from: '第一支部', to: '第二支部' })
  })

  it('refuses a group of another branch and writes nothing', async () => {
    const before = t.cloud.database.dump()
    const result = await t.call(demoIdentities.admin, 'members', 'moveMember', {
      memberId: 'm002',
      branchId: 'b2',
      groupId: 'b1-g1',
    })
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(t.cloud.database.dump()).toEqual(before)
  })

  it('unbinds so the entry can be bound again by a new WeChat account', async () => {
    await t.ok(demoIdentities.admin, 'members', 'unbind', { memberId: 'm006' })
    expect(await t.ok(demoIdentities.member, 'members', 'getMe', {})).toEqual({ bound: false })
    const { data } = await t.db.collection(collections.members.name).where({ _id: 'm006' }).get()
    const { name, phone } = data[0] as { name: string; phone: string }
    expect(await t.ok('new-phone', 'members', 'bind', { name, phone })).toMatchObject({ memberId: 'm006' })
  })

  it('refuses roster changes to anyone but the admin', async () => {
    for (const openid of [demoIdentities.secretary, demoIdentities.leader, demoIdentities.member]) {
      expect(await t.call(openid, 'members', 'setRoles', { memberId: 'm006', roles: ['admin'] })).toMatchObject({
        code: 'FORBIDDEN',
      })
    }
  })
})

describe('名册搜索 (admin)', () => {
  it('finds members of every branch by part of a name or phone, with full phones', async () => {
    const members = (
      await t.db.collection<{ _id: string; name: string; phone: string; branchId: string }>('members').limit(1000).get()
    ).data
    const surname = members[0].name.slice(0, 1)
    const expected = members.filter((member) => member.name.includes(surname)).map((member) => member._id)
    const byName = await t.ok(demoIdentities.admin, 'members', 'searchRoster', { query: surname })
    expect(byName.map((entry) => entry.memberId).sort()).toEqual(expected.sort())
    expect(new Set(byName.map((entry) => entry.branchId)).size).toBeGreaterThan(1)

    const byPhone = await t.ok(demoIdentities.admin, 'members', 'searchRoster', { query: '13800130004' })
    expect(byPhone.map((entry) => [entry.memberId, entry.phone])).toEqual([['m004', '13800130004']])
    // A term is matched literally, never as a pattern.
    expect(await t.ok(demoIdentities.admin, 'members', 'searchRoster', { query: '.*' })).toEqual([])
  })

  it('is for the admin only, and refuses an empty term in Chinese', async () => {
    expect(await t.call(demoIdentities.leader, 'members', 'searchRoster', { query: '王' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await t.call(demoIdentities.admin, 'members', 'searchRoster', { query: '  ' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '请填写搜索内容',
    })
  })

  it('keeps every role the admin sets, in the fixed order, with 党员 always', async () => {
    const roles = ['admin', 'leader', 'secretary', 'committee'] as const
    const entry = await t.ok(demoIdentities.admin, 'members', 'setRoles', { memberId: 'm010', roles: [...roles] })
    expect(entry.roles).toEqual(['member', 'committee', 'secretary', 'leader', 'admin'])
  })
})
