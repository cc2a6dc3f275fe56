/** Snapshots: stored per (branch, period) with their compile time, recompiled nightly and on demand, exported as .xlsx. */
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { StatsSnapshotDoc } from '../../cloudfunctions/common/db/models/stats'
import type { TestCloud } from '../helpers/testCloud'
import { CHECKINS, NOW } from './fixture'
import { fixtureCloud, freezeTime, leader, month, secretary } from './setup'

let t: TestCloud
beforeEach(async () => {
  freezeTime()
  t = await fixtureCloud()
})
afterEach(() => jest.useRealTimers())

const snapshots = async () =>
  (await t.db.collection<StatsSnapshotDoc>(collections.statsSnapshots.name).limit(1000).get()).data

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60 * 1000)

describe('the nightly timer', () => {
  it('runs at 02:00 Asia/Shanghai every day', () => {
    const config = JSON.parse(readFileSync(join(__dirname, '../../cloudfunctions/stats/config.json'), 'utf8'))
    expect(config.triggers).toEqual([{ name: 'compileAllCurrent', type: 'timer', config: '0 0 2 * * * *' }])
  })

  it('compiles the current month, quarter and year of every branch, with their compile time', async () => {
    const result = await t.cloud.runTimer('stats', 'compileAllCurrent')
    // 2 branches × 3 periods, then the 党委 above them rolled up for each period.
    expect(result).toEqual({ ok: true, data: { compiled: 6, units: 3 } })
    const stored = await snapshots()
    expect(stored.map((doc) => doc._id).sort()).toEqual([
      'b1:2026',
      'b1:2026-11',
      'b1:2026-Q4',
      'b2:2026',
      'b2:2026-11',
      'b2:2026-Q4',
    ])
    expect(stored.every((doc) => new Date(doc.compiledAt).getTime() === NOW.getTime())).toBe(true)
  })
})

describe('reading and refreshing', () => {
  it('shows stored figures with their compile time until a refresh recompiles them', async () => {
    await t.ok(leader, 'stats', 'dashboard', { period: month('2026-11') })
    // A late 补签 after the compile: the stored snapshot does not know it yet.
    await t.db.collection(collections.checkins.name).add({ data: { ...CHECKINS[0], _id: 'e1:m5', memberId: 'm5' } })
    jest.setSystemTime(later(30))
    const stale = await t.ok(leader, 'stats', 'dashboard', { period: month('2026-11') })
    expect(stale.branches[0].compiledAt).toBe(NOW.toISOString())
    expect(stale.branches[0].figures.attendance.numerator).toBe(12)

    const refreshed = await t.ok(leader, 'stats', 'refreshStats', { period: month('2026-11') })
    expect(refreshed).toMatchObject({ branches: 2, compiledAt: later(30).toISOString() })
    const fresh = await t.ok(leader, 'stats', 'dashboard', { period: month('2026-11') })
    expect(fresh.branches[0].compiledAt).toBe(later(30).toISOString())
    expect(fresh.branches[0].figures.attendance.numerator).toBe(13)
    expect(fresh.compiledAt).toBe(later(30).toISOString())
  })

  it('lets a secretary refresh their own branch only', async () => {
    const result = await t.ok(secretary, 'stats', 'refreshStats', { period: month('2026-11') })
    expect(result.branches).toBe(1)
    expect((await snapshots()).map((doc) => doc._id).sort()).toEqual(['b1:2026', 'b1:2026-11'])
  })

  it('recompiles an ended period once if its snapshot was compiled before the end', async () => {
    await t.ok(leader, 'stats', 'branchReport', { period: month('2026-11'), branchId: 'b1' })
    jest.setSystemTime(new Date('2026-12-02T04:00:00Z'))
    const after = await t.ok(leader, 'stats', 'branchReport', { period: month('2026-11'), branchId: 'b1' })
    expect(after.branch.compiledAt).toBe('2026-12-02T04:00:00.000Z')
    // The 第二党小组 meeting of Nov 28 has ended since: held, and its month is no longer pending.
    expect(after.branch.figures.eventsHeld).toBe(5)
    expect(after.branch.figures.byType.find((item) => item.type === 'group_meeting')).toMatchObject({
      due: 2,
      satisfied: 2,
      pending: [],
    })
    jest.setSystemTime(new Date('2026-12-05T04:00:00Z'))
    const again = await t.ok(leader, 'stats', 'branchReport', { period: month('2026-11'), branchId: 'b1' })
    expect(again.branch.compiledAt).toBe('2026-12-02T04:00:00.000Z')
  })
})

const readWorkbook = async (fileID: string) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(t.cloud.files.read(fileID) as unknown as ArrayBuffer)
  return workbook
}

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe('exports', () => {
  it('exports the dashboard table with 暂无数据 where a branch has no data', async () => {
    const file = await t.ok(leader, 'stats', 'exportDashboard', { period: month('2026-11') })
    expect(file.fileName).toBe('支部统计-2026年11月.xlsx')
    const sheet = (await readWorkbook(file.fileID)).getWorksheet('支部统计')!
    const rows = rowsOf(sheet)
    expect(rows[0]).toEqual(['统计周期', '2026年11月'])
    const header = rows.findIndex((row) => row[0] === '组织')
    expect(rows[header + 1].slice(0, 12)).toEqual([
      '第一支部',
      5,
      4,
      '100.0%',
      '85.7%',
      1,
      1,
      '40.0%',
      '40.0%',
      11,
      2.2,
      2,
    ])
    expect(rows[header + 2].slice(0, 12)).toEqual([
      '第二支部',
      3,
      0,
      '暂无数据',
      '暂无数据',
      0,
      0,
      '33.3%',
      '0.0%',
      '暂无数据',
      '暂无数据',
      '暂无数据',
    ])
    expect((await readWorkbook(file.fileID)).getWorksheet('提醒')!.rowCount).toBe(4)
  })

  it('exports a branch report: summary, events and members', async () => {
    const file = await t.ok(secretary, 'stats', 'exportBranchReport', { period: month('2026-11') })
    expect(file.fileName).toBe('第一支部-2026年11月-统计报表.xlsx')
    const workbook = await readWorkbook(file.fileID)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['概况', '活动', '党员'])
    const summary = rowsOf(workbook.getWorksheet('概况')!)
    expect(summary).toContainEqual(['出勤率', '12 / 14（85.7%）'])
    expect(summary).toContainEqual(['党小组会', '每个党小组每月至少 1 次', 1, 1, '1 / 1', ''])
    expect(rowsOf(workbook.getWorksheet('活动')!)).toHaveLength(6)
    expect(rowsOf(workbook.getWorksheet('党员')!)).toContainEqual(['白委员', '第一党小组', 4, 3, 1, 0, '75.0%', 1])
  })
})
