import { collections } from '../../cloudfunctions/common/db/collections'
import type { UnitHistoryDoc } from '../../cloudfunctions/common/db/models/units'
import { snapshotId } from '../../cloudfunctions/common/db/models/stats'
import { periodKey } from '../../cloudfunctions/common/periods'
import { useLocalDatabase } from '../../local/db'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'
import { faultyDatabase, type FaultMode } from '../reliability/faultyDatabase'
import { growTree, memberDoc, pathsOfBranch, unitDoc } from './helpers'

const t = cloudPerTest()
const admin = demoIdentities.admin

describe('moving units', () => {
  it('rewrites the ancestors of the unit, of every unit below it and the paths of every member below it', async () => {
    const tree = await growTree(t)
    expect((await unitDoc(t, 'b3')).ancestors).toEqual(['org', tree.sub, tree.general])
    expect(await pathsOfBranch(t, 'b3')).toEqual([['org', tree.sub, tree.general, 'b3']])
    expect(await pathsOfBranch(t, 'b2')).toEqual([['org', tree.sub, 'b2']])

    const moved = await t.ok(admin, 'members', 'moveUnit', { unitId: tree.general, parentId: 'org' })

    expect(moved).toMatchObject({ id: tree.general, parentId: 'org', ancestors: ['org'] })
    expect(await unitDoc(t, tree.general)).toMatchObject({ parentId: 'org', ancestors: ['org'] })
    expect((await unitDoc(t, 'b3')).ancestors).toEqual(['org', tree.general])
    expect(await pathsOfBranch(t, 'b3')).toEqual([['org', tree.general, 'b3']])
    expect(await pathsOfBranch(t, 'b2')).toEqual([['org', tree.sub, 'b2']])
    expect(await pathsOfBranch(t, 'b1')).toEqual([['org', 'b1']])
  })

  it('keeps every move in unitHistory with where the unit hung before', async () => {
    const tree = await growTree(t)
    await t.ok(admin, 'members', 'moveUnit', { unitId: tree.general, parentId: 'org' })
    const historyOf = async (unitId: string) =>
      (await t.db.collection<UnitHistoryDoc>(collections.unitHistory.name).where({ unitId }).get()).data.map(
        ({ fromParentId, toParentId, fromAncestors, by }) => ({ fromParentId, toParentId, fromAncestors, by }),
      )
    expect(await historyOf('b3')).toEqual([
      { fromParentId: 'org', toParentId: tree.general, fromAncestors: ['org'], by: 'm005' },
    ])
    expect(await historyOf(tree.general)).toEqual([
      { fromParentId: tree.sub, toParentId: 'org', fromAncestors: ['org', tree.sub], by: 'm005' },
    ])
  })

  it('moves a member to the new path when they change branch, and leaves compiled figures alone', async () => {
    const tree = await growTree(t)
    const period = { kind: 'month' as const, key: periodKey('month', new Date()) }
    await t.ok(admin, 'stats', 'refreshStats', { period, branchId: 'b3' })
    const snapshot = async () =>
      (await t.db.collection(collections.statsSnapshots.name).doc(snapshotId('b3', period.key)).get()).data
    const before = await snapshot()

    await t.ok(admin, 'members', 'moveUnit', { unitId: 'b3', parentId: 'org' })
    expect(await snapshot()).toEqual(before)

    await t.ok(admin, 'members', 'moveMember', { memberId: 'm045', branchId: 'b2', groupId: null })
    expect((await memberDoc(t, 'm045')).unitIds).toEqual(['org', tree.sub, 'b2'])
  })

  it('orders siblings as asked', async () => {
    const tree = await growTree(t)
    const order = ['b4', tree.sub, 'b1']
    const views = await t.ok(admin, 'members', 'reorderUnits', { parentId: 'org', unitIds: order })
    expect(views.map((view) => view.id)).toEqual(order)
    const listed = await t.ok(admin, 'members', 'listUnits', {})
    expect(listed.filter((unit) => unit.parentId === 'org').map((unit) => unit.id)).toEqual(order)
    expect(listed.map((unit) => unit.id)).toEqual(['org', 'b4', tree.sub, tree.general, 'b3', 'b2', 'b1'])
  })

  it('creates, renames and deletes an empty unit', async () => {
    const created = await t.ok(admin, 'members', 'createUnit', {
      parentId: 'org',
      kind: 'temporary',
      name: '项目临时党支部',
    })
    expect(created).toMatchObject({ kind: 'temporary', parentId: 'org', ancestors: ['org'], order: 5, canManage: true })
    const renamed = await t.ok(admin, 'members', 'renameUnit', { unitId: created.id, name: '工程项目临时党支部' })
    expect(renamed.name).toBe('工程项目临时党支部')
    expect(await t.ok(admin, 'members', 'deleteUnit', { unitId: created.id })).toEqual({ deleted: created.id })
    expect((await t.ok(admin, 'members', 'listUnits', {})).map((unit) => unit.id)).not.toContain(created.id)
  })

  it('answers a retried create with the unit it made', async () => {
    const input = { parentId: 'org', kind: 'general' as const, name: '机关党总支', requestId: 'r-1' }
    const first = await t.ok(admin, 'members', 'createUnit', input)
    expect(await t.ok(admin, 'members', 'createUnit', input)).toEqual(first)
  })
})

describe('an interrupted move', () => {
  const historyOf = async (unitId: string) =>
    (await t.db.collection<UnitHistoryDoc>(collections.unitHistory.name).where({ unitId }).get()).data

  it.each(['request lost', 'answer lost'] as FaultMode[])(
    'is completed by repeating the call, whichever write failed (%s)',
    async (mode) => {
      // Each injected fault is logged by the function adapter as an unexpected error: expected here.
      jest.spyOn(console, 'error').mockImplementation(() => undefined)
      const tree = await growTree(t)
      const faulty = faultyDatabase(t.cloud.database)
      useLocalDatabase(faulty.db)
      try {
        // 机关党总支 (holding 第三支部) goes back and forth between the root and 二分公司党委, failing its n-th write.
        let interrupted = 0
        for (let n = 1; ; n++) {
          const [to, path] = n % 2 ? ['org', ['org']] : [tree.sub, ['org', tree.sub]]
          faulty.failWrite(n, mode)
          const first = await t.call(admin, 'members', 'moveUnit', { unitId: tree.general, parentId: to })
          faulty.disarm()
          if (!faulty.fired()) {
            expect(first).toMatchObject({ ok: true })
            break
          }
          interrupted++
          expect(await t.call(admin, 'members', 'moveUnit', { unitId: tree.general, parentId: to })).toMatchObject({
            ok: true,
          })
          expect(await unitDoc(t, tree.general)).toMatchObject({ parentId: to, ancestors: path, moving: null })
          expect((await unitDoc(t, 'b3')).ancestors).toEqual([...path, tree.general])
          expect(await pathsOfBranch(t, 'b3')).toEqual([[...path, tree.general, 'b3']])
          expect(await pathsOfBranch(t, 'b2')).toEqual([['org', tree.sub, 'b2']])
          expect(await historyOf(tree.general)).toHaveLength(n)
        }
        expect(interrupted).toBeGreaterThanOrEqual(6)
      } finally {
        useLocalDatabase(t.cloud.database)
        jest.restoreAllMocks()
      }
    },
  )
})
