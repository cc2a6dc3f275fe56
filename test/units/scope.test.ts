/** Leaders and admins reach the subtree they were granted, at every level; outside it a record is missing. */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'
import { generalLeader, growTree, memberDoc, subAdmin, subLeader, type Tree } from './helpers'

const t = cloudPerTest()

const eventOf = async (branchId: string): Promise<string> => {
  const { data } = await t.db.collection<EventDoc>(collections.events.name).where({ branchId }).limit(1).get()
  return data[0]._id
}

const rosterAnswer = async (openid: string, branchId: string) => {
  const answer = await t.call(openid, 'members', 'listRoster', { branchId })
  return answer.ok ? 'ok' : answer.code
}

describe('scope at every level of the tree', () => {
  let tree: Tree
  beforeEach(async () => {
    tree = await growTree(t)
  })

  it('reads the branches below the unit a leader was granted, and no other', async () => {
    const who = { root: demoIdentities.leader, sub: subLeader, general: generalLeader }
    const table: Record<string, string[]> = {}
    for (const [level, openid] of Object.entries(who))
      table[level] = await Promise.all(['b1', 'b2', 'b3', 'b4'].map((branchId) => rosterAnswer(openid, branchId)))
    expect(table).toEqual({
      root: ['ok', 'ok', 'ok', 'ok'],
      sub: ['FORBIDDEN', 'ok', 'ok', 'FORBIDDEN'],
      general: ['FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN'],
    })
  })

  it('lists the units each leader oversees', async () => {
    const ids = async (openid: string) => (await t.ok(openid, 'members', 'listUnits', {})).map((unit) => unit.id)
    expect(await ids(demoIdentities.admin)).toEqual(['org', 'b1', 'b4', tree.sub, tree.general, 'b3', 'b2'])
    expect(await ids(subLeader)).toEqual([tree.sub, tree.general, 'b3', 'b2'])
    expect(await ids(generalLeader)).toEqual([tree.general, 'b3'])
    const views = await t.ok(subAdmin, 'members', 'listUnits', {})
    expect(views.map((unit) => [unit.id, unit.canManage])).toEqual(
      [tree.sub, tree.general, 'b3', 'b2'].map((id) => [id, true]),
    )
  })

  it('answers a record outside the subtree exactly like a missing one', async () => {
    const inside = await eventOf('b3')
    expect(await t.call(subLeader, 'events', 'getEvent', { eventId: inside })).toMatchObject({ ok: true })
    const outside = await t.call(subLeader, 'events', 'getEvent', { eventId: await eventOf('b1') })
    expect(outside).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await t.call(subLeader, 'events', 'getEvent', { eventId: 'missing-event' })).toEqual(outside)
    const ledger = await t.call(generalLeader, 'points', 'listEntries', { memberId: 'm025' })
    expect(await t.call(generalLeader, 'points', 'listEntries', { memberId: 'm999' })).toEqual(ledger)
    expect(await t.call(generalLeader, 'points', 'listEntries', { memberId: 'm045' })).toMatchObject({ ok: true })
  })

  it('lets a subtree admin maintain the roster of their subtree only', async () => {
    expect(
      await t.call(subAdmin, 'members', 'setRoles', { memberId: 'm030', roles: ['member', 'committee'] }),
    ).toMatchObject({ ok: true })
    const outside = await t.call(subAdmin, 'members', 'setRoles', { memberId: 'm010', roles: ['member'] })
    expect(outside).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await t.call(subAdmin, 'members', 'setRoles', { memberId: 'm999', roles: ['member'] })).toEqual(outside)
    expect(await t.call(subAdmin, 'members', 'moveMember', { memberId: 'm030', branchId: 'b1' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    await t.ok(subAdmin, 'members', 'moveMember', { memberId: 'm030', branchId: 'b3' })
    expect((await memberDoc(t, 'm030')).unitIds).toEqual(['org', tree.sub, tree.general, 'b3'])
    const found = await t.ok(subAdmin, 'members', 'searchRoster', { query: '1380013' })
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((entry) => ['b2', 'b3'].includes(entry.branchId))).toBe(true)
  })

  it('takes the role away with its last grant, and never narrows an organisation-wide role', async () => {
    await t.ok(demoIdentities.admin, 'members', 'revokeRole', {
      unitId: tree.general,
      memberId: 'm042',
      role: 'leader',
    })
    expect((await memberDoc(t, 'm042')).roles).not.toContain('leader')
    expect(await rosterAnswer(generalLeader, 'b3')).toBe('FORBIDDEN')

    const grants = await t.ok(demoIdentities.admin, 'members', 'grantRole', {
      unitId: tree.sub,
      memberId: 'm004',
      role: 'leader',
    })
    expect(grants).toEqual([
      { memberId: 'm022', name: expect.any(String), role: 'leader' },
      { memberId: 'm023', name: expect.any(String), role: 'admin' },
    ])
    expect(await rosterAnswer(demoIdentities.leader, 'b1')).toBe('ok')
  })
})
