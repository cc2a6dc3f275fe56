/**
 * Roll-ups on a 3-level tree (treeFixture.ts), every figure summed by hand:
 * each unit is the sum of its children's numerators and denominators, the
 * dashboard opens on the caller's unit and drills down level by level, and
 * it reads one document per child whatever the size of the subtree.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { OrganisationTotals } from '../../cloudfunctions/common/contract/stats'
import type { UnitSnapshotDoc } from '../../cloudfunctions/common/db/models/stats'
import { ratio } from '../../cloudfunctions/stats/compile/compliance'
import type { TestCloud } from '../helpers/testCloud'
import { fixtureCloud, freezeTime, leader, month, quarter } from './setup'
import { LEADER_C1, LEADER_C2, seedDuesMonths, seedTree, UNITS } from './treeFixture'

let t: TestCloud
beforeEach(async () => {
  freezeTime()
  t = await fixtureCloud()
  await seedTree(t.db)
  await seedDuesMonths(t.db)
})
afterEach(() => jest.useRealTimers())

/** 第一支部 alone (fixture.ts, as the export test shows it). */
const GEN1: OrganisationTotals = {
  branches: 1,
  members: 5,
  eventsHeld: 4,
  compliance: { ...ratio(3, 3), pending: 1 },
  attendance: ratio(12, 14),
  late: 1,
  leave: 1,
  read: ratio(4, 10),
  acknowledged: ratio(2, 5),
  pointsTotal: 11,
  pointsPerMember: 11 / 5,
  activeMembers: 2,
  dues: { collection: ratio(3, 4), dueFen: 12000, paidFen: 9000, flagged: 1 },
}

/** 机关党总支 (第一支部) + 第二支部: fixture.ts's organisation totals. */
const C1: OrganisationTotals = {
  branches: 2,
  members: 8,
  eventsHeld: 4,
  compliance: { ...ratio(3, 3), pending: 3 },
  attendance: ratio(12, 14),
  late: 1,
  leave: 1,
  read: ratio(5, 13),
  acknowledged: ratio(2, 8),
  pointsTotal: 11,
  pointsPerMember: 11 / 8,
  activeMembers: 2,
  dues: { collection: ratio(4, 7), dueFen: 18000, paidFen: 11000, flagged: 1 },
}

/** 第三支部: 5 members, f1 met 主题党日 (支委会 still pending), 2 of 3 came (1 late), no notices, 5 points. */
const C2: OrganisationTotals = {
  branches: 1,
  members: 5,
  eventsHeld: 1,
  compliance: { ...ratio(1, 1), pending: 1 },
  attendance: ratio(2, 3),
  late: 1,
  leave: 0,
  read: ratio(0, 0),
  acknowledged: ratio(0, 0),
  pointsTotal: 5,
  pointsPerMember: 1,
  activeMembers: 1,
  dues: { collection: ratio(5, 5), dueFen: 1000, paidFen: 1000, flagged: 0 },
}

/** 集团党委 = 一分公司党委 + 二分公司党委, numerators and denominators summed. */
const G: OrganisationTotals = {
  branches: 3,
  members: 13,
  eventsHeld: 5,
  compliance: { ...ratio(4, 4), pending: 4 },
  attendance: ratio(14, 17),
  late: 2,
  leave: 1,
  read: ratio(5, 13),
  acknowledged: ratio(2, 8),
  pointsTotal: 16,
  pointsPerMember: 16 / 13,
  activeMembers: 3,
  dues: { collection: ratio(9, 12), dueFen: 19000, paidFen: 12000, flagged: 1 },
}

const november = month('2026-11')

describe('roll-ups', () => {
  it('compiles every unit bottom-up at night, summing numerators and denominators', async () => {
    expect(await t.cloud.runTimer('stats', 'compileAllCurrent')).toEqual({ ok: true, data: { compiled: 9, units: 12 } })
    const { data } = await t.db
      .collection<UnitSnapshotDoc>(collections.unitSnapshots.name)
      .where({ periodKey: '2026-11' })
      .get()
    const totals = Object.fromEntries(data.map((doc) => [doc.unitId, doc.totals]))
    expect(totals).toEqual({ g: G, c1: C1, c2: C2, gen1: GEN1 })
    // Pooled, not averaged: the mean of 一分公司 12/14 and 二分公司 2/3 would be 76.2%.
    expect(totals.g.attendance.rate).toBeCloseTo(14 / 17)
    expect(data.find((doc) => doc.unitId === 'g')!.pending.count).toBe(4)
  })

  it('sums 党费 member-months up the tree: 收缴率 pooled, never the mean of the branches’ rates', async () => {
    await t.cloud.runTimer('stats', 'compileAllCurrent')
    const board = await t.ok(leader, 'stats', 'dashboard', { period: november })
    // 一分公司 4/7 and 二分公司 5/5 average 78.6%; pooled it is 9 of 12 member-months.
    expect(board.totals.dues.collection.rate).toBe(0.75)
    expect(board.units.map((row) => [row.name, row.totals.dues.collection.rate])).toEqual([
      ['一分公司党委', 4 / 7],
      ['二分公司党委', 1],
    ])
    const c1 = await t.ok(leader, 'stats', 'dashboard', { period: november, unitId: 'c1' })
    expect(c1.branches.map((row) => [row.branchName, row.figures.dues])).toEqual([
      ['第二支部', { collection: ratio(1, 3), dueFen: 6000, paidFen: 2000, flagged: 0 }],
    ])
    // The quarter: 第一支部's October and November (8 owed, 7 paid); flagged as of November.
    const q4 = await t.ok(leader, 'stats', 'dashboard', { period: quarter('2026-Q4'), unitId: 'gen1' })
    expect(q4.totals.dues).toEqual({ collection: ratio(7, 8), dueFen: 24000, paidFen: 21000, flagged: 1 })
    const report = await t.ok(leader, 'stats', 'branchReport', { branchId: 'b3', period: november })
    expect(report.branch.figures.dues.collection).toEqual(ratio(5, 5))
  })

  it('opens a leader without grants on the top 党委: one row per child unit, warnings by path', async () => {
    const board = await t.ok(leader, 'stats', 'dashboard', { period: november })
    expect(board.unit).toEqual({ unitId: 'g', name: '集团党委', kind: 'committee' })
    expect(board.path).toEqual([{ unitId: 'g', name: '集团党委' }])
    expect(board.totals).toEqual(G)
    expect(board.units.map((row) => [row.name, row.totals])).toEqual([
      ['一分公司党委', C1],
      ['二分公司党委', C2],
    ])
    expect(board.branches).toEqual([])
    expect(board.warnings.map((warning) => warning.message)).toEqual([
      '一分公司党委 › 机关党总支 › 第一支部 第二党小组 本月尚未召开党小组会',
      '一分公司党委 › 第二支部 本月尚未开展主题党日',
      '一分公司党委 › 第二支部 本月尚未召开支委会',
      '二分公司党委 › 第三支部 本月尚未召开支委会',
    ])
    expect(board.warnings[3]).toMatchObject({
      branchId: 'b3',
      path: '二分公司党委 › 第三支部',
      detail: '本月尚未召开支委会',
    })
    expect(board.warningCount).toBe(G.compliance.pending)
  })

  it('drills down level by level to a branch, with the breadcrumb', async () => {
    const c1 = await t.ok(leader, 'stats', 'dashboard', { period: november, unitId: 'c1' })
    expect(c1.path.map((unit) => unit.name)).toEqual(['集团党委', '一分公司党委'])
    expect(c1.totals).toEqual(C1)
    expect(c1.units.map((row) => [row.unitId, row.kind, row.totals])).toEqual([['gen1', 'general', GEN1]])
    expect(c1.branches.map((row) => row.branchName)).toEqual(['第二支部'])
    expect(c1.warnings[0].message).toBe('机关党总支 › 第一支部 第二党小组 本月尚未召开党小组会')
    const gen1 = await t.ok(leader, 'stats', 'dashboard', { period: november, unitId: 'gen1' })
    expect(gen1.path.map((unit) => unit.unitId)).toEqual(['g', 'c1', 'gen1'])
    expect(gen1.units).toEqual([])
    expect(gen1.branches.map((row) => row.branchId)).toEqual(['b1'])
    expect(gen1.totals).toEqual(GEN1)
    const branch = await t.ok(leader, 'stats', 'dashboard', { period: november, unitId: 'b1' })
    expect(branch.branches.map((row) => row.branchId)).toEqual(['b1'])
  })

  it('pools the trend over the year from the children’s year roll-ups', async () => {
    const board = await t.ok(leader, 'stats', 'dashboard', { period: quarter('2026-Q4') })
    expect(board.trend.points.slice(9)).toEqual([
      { month: '2026-10', perMember: 5 / 13 },
      { month: '2026-11', perMember: 16 / 13 },
    ])
  })
})

describe('scope', () => {
  it('opens a 二级党委 leader on their own unit, without the units above in the breadcrumb', async () => {
    const board = await t.ok(LEADER_C1, 'stats', 'dashboard', { period: november })
    expect(board.unit?.unitId).toBe('c1')
    expect(board.path).toEqual([{ unitId: 'c1', name: '一分公司党委' }])
    expect(board.totals).toEqual(C1)
    const below = await t.ok(LEADER_C1, 'stats', 'dashboard', { period: november, unitId: 'gen1' })
    expect(below.path.map((unit) => unit.unitId)).toEqual(['c1', 'gen1'])
    const other = await t.ok(LEADER_C2, 'stats', 'dashboard', { period: november })
    expect(other.branches.map((row) => row.branchName)).toEqual(['第三支部'])
    expect(other.totals).toEqual(C2)
  })

  it('answers a unit outside the subtree exactly like a missing one', async () => {
    const missing = await t.call(LEADER_C1, 'stats', 'dashboard', { period: november, unitId: 'nope' })
    expect(missing).toEqual({ ok: false, code: 'STATS_UNIT_NOT_FOUND', message: '组织不存在，或不在您的管理范围内' })
    for (const unitId of ['g', 'c2', 'b3'])
      expect(await t.call(LEADER_C1, 'stats', 'dashboard', { period: november, unitId })).toEqual(missing)
    expect(await t.call(LEADER_C1, 'stats', 'exportDashboard', { period: november, unitId: 'c2' })).toEqual(missing)
  })
})

/** 20 more branches (no records) under 二分公司党委's new 党总支. */
const growTree = async () => {
  const general = { ...UNITS[3], _id: 'gen2', name: '项目党总支', parentId: 'c2', ancestors: ['g', 'c2'], order: 2 }
  const branches = Array.from({ length: 20 }, (_, index) => ({
    ...UNITS[6],
    _id: `x${index}`,
    name: `项目第${index + 1}支部`,
    parentId: 'gen2',
    ancestors: ['g', 'c2', 'gen2'],
    order: index + 1,
  }))
  await t.db.collection(collections.units.name).add({ data: [general, ...branches] })
}

describe('documents read', () => {
  it('reads one document per child and period: the same at 3 and at 23 branches', async () => {
    const measure = async () => {
      await t.cloud.runTimer('stats', 'compileAllCurrent')
      t.cloud.database.resetCounters()
      const board = await t.ok(leader, 'stats', 'dashboard', { period: november })
      return { counters: t.cloud.database.counters(), board }
    }
    const small = await measure()
    await growTree()
    const large = await measure()
    expect(large.board.totals.branches).toBe(23)
    expect(large.board.units).toHaveLength(2)
    expect(large.counters).toEqual(small.counters)
    // The caller, the top unit, its 2 children, and their roll-ups for 3 periods (2026-11, 2026-Q4, 2026).
    expect(small.counters.returned).toBe(1 + 1 + 2 + 2 * 3)
  })
})
