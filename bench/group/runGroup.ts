/**
 * The tree's bench rows (issue 21): for a group of 50,000 members in 2,000
 * branches over 3 levels, at two history sizes, the database requests and
 * documents read (returned to the function; `scanned` is the local engine's
 * own work) of the group dashboard, a 二级党委's dashboard, the org-wide and
 * the 二级党委's top 50, and a subtree member count.
 *
 * The dashboards read the units' roll-ups, so the nightly compile runs first:
 * one branch-period is compiled for real per period (its cost against data
 * size is the `compileBranchMonth` row of bench/data) and its snapshot stands
 * for every branch, then the roll-ups of all 21 units are compiled bottom-up
 * for real (`rollupSeconds`). Figures are printed, never asserted.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { collections } from '../../cloudfunctions/common/db/collections'
import { openDatabase } from '../../cloudfunctions/common/handler'
import type { StatsSnapshotDoc } from '../../cloudfunctions/common/db/models/stats'
import { snapshotId } from '../../cloudfunctions/common/db/models/stats'
import { currentPeriods } from '../../cloudfunctions/common/periods'
import { compileBranchStats } from '../../cloudfunctions/stats/compile/compileBranchStats'
import { compileRollups } from '../../cloudfunctions/stats/rollup/compileRollups'
import { isBranch, unitsBelow } from '../../cloudfunctions/stats/rollup/tree'
import { startLocalCloud, type LocalCloud } from '../../local/runtime'
import { measure, type Cost } from '../data/costs'
import { buildGroupFixture, NOW, type GroupFixture } from './fixture'

export interface GroupFigures {
  members: number
  branches: number
  entries: number
  buildSeconds: number
  rollupSeconds: number
  groupDashboard: Row & { rows: number }
  committeeDashboard: Row & { rows: number }
  rankOrganisation: Row
  rankCommittee: Row
  subtreeCount: Row
}

/** A measured request; `docsRead` is what the engine scanned, `returned` what the function received. */
type Row = Cost & { returned: number }

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10

const call = async (cloud: LocalCloud, fn: string, openid: string, action: string, payload: object) => {
  const envelope = await cloud.call(fn, { action, payload }, openid)
  if (!envelope.ok) throw new Error(`${fn}.${action} failed: ${envelope.code} ${envelope.message}`)
  return envelope.data as Record<string, unknown[]>
}

/** The nightly compile's result: every branch's current snapshots, then every unit's roll-up. */
const compileNightly = async (cloud: LocalCloud) => {
  const db = openDatabase()
  const branches = (await unitsBelow(db, null)).filter(isBranch)
  const snapshots: StatsSnapshotDoc[] = []
  const clones: StatsSnapshotDoc[] = []
  for (const period of currentPeriods(NOW)) {
    const real = await compileBranchStats(db, branches[0], period, NOW)
    snapshots.push(real)
    for (const branch of branches.slice(1))
      clones.push({ ...real, _id: snapshotId(branch._id, period.key), branchId: branch._id, branchName: branch.name })
  }
  await cloud.database.importDocuments(collections.statsSnapshots.name, clones as never[])
  snapshots.push(...clones)
  const started = performance.now()
  await compileRollups(db, null, currentPeriods(NOW), NOW, snapshots)
  return seconds(started)
}

const rows = (board: Record<string, unknown[]>) => board.units.length + board.branches.length

const measureAll = async (cloud: LocalCloud, fixture: GroupFixture) => {
  const period = { kind: 'month', key: '2026-11' }
  const ranking = { kind: 'month', key: '2026-11', scope: 'organisation' }
  const groupBoard = () => call(cloud, 'stats', fixture.groupLeader, 'dashboard', { period })
  const committeeBoard = () => call(cloud, 'stats', fixture.committeeLeader, 'dashboard', { period })
  const db = openDatabase()
  const subtree = () =>
    db.collection(collections.members.name).where({ unitIds: fixture.committeeId, status: 'active' }).count()
  const counted = async (work: () => Promise<unknown>): Promise<Row> => {
    const cost = await measure(cloud, work)
    cloud.database.resetCounters()
    await work()
    return { ...cost, returned: cloud.database.counters().returned }
  }
  return {
    groupDashboard: { ...(await counted(groupBoard)), rows: rows(await groupBoard()) },
    committeeDashboard: { ...(await counted(committeeBoard)), rows: rows(await committeeBoard()) },
    rankOrganisation: await counted(() => call(cloud, 'points', fixture.groupLeader, 'rankMembers', ranking)),
    rankCommittee: await counted(() =>
      call(cloud, 'points', fixture.groupLeader, 'rankMembers', { ...ranking, unitId: fixture.committeeId }),
    ),
    subtreeCount: await counted(subtree),
  }
}

/** Builds the group with `entries` history entries in a fresh store under workDir, measures it, deletes it. */
export const runGroup = async (
  workDir: string,
  entries: number,
  log: (line: string) => void,
): Promise<GroupFigures> => {
  mkdirSync(workDir, { recursive: true })
  const dataDir = mkdtempSync(join(workDir, 'group-'))
  const cloud = startLocalCloud({ dataDir })
  try {
    const started = performance.now()
    const fixture = await buildGroupFixture(cloud.database, entries)
    const buildSeconds = seconds(started)
    log(`group fixture: ${fixture.members} members, ${fixture.branches} branches, ${entries} entries`)
    const rollupSeconds = await compileNightly(cloud)
    const { members, branches } = fixture
    return { members, branches, entries, buildSeconds, rollupSeconds, ...(await measureAll(cloud, fixture)) }
  } finally {
    cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const cell = (cost: Row & { rows?: number }) =>
  `${cost.requests} req, ${cost.roundTrips} rt, scanned ${cost.docsRead}, returned ${cost.returned}${
    cost.rows !== undefined ? `, ${cost.rows} rows` : ''
  }, ${cost.ms} ms`.padEnd(64)

/** One line per measured request, one column per history size. */
export const renderGroupTable = (figures: readonly GroupFigures[]): string => {
  const line = (name: string, pick: (item: GroupFigures) => Row) =>
    `${name.padEnd(24)}${figures.map((item) => cell(pick(item))).join('')}`
  return [
    'group: 50,000 members, 2,000 branches, 3 levels (集团党委 › 20 二级党委 › 100 branches each)',
    `${'history entries'.padEnd(24)}${figures.map((item) => String(item.entries).padEnd(64)).join('')}`,
    line('group dashboard', (item) => item.groupDashboard),
    line('二级党委 dashboard', (item) => item.committeeDashboard),
    line('org-wide top 50', (item) => item.rankOrganisation),
    line('二级党委 top 50', (item) => item.rankCommittee),
    line('二级党委 member count', (item) => item.subtreeCount),
    `${'build / roll-up s'.padEnd(24)}${figures.map((item) => `${item.buildSeconds} / ${item.rollupSeconds}`.padEnd(64)).join('')}`,
  ].join('\n')
}

if (process.argv[1] && /runGroup\.ts$/.test(process.argv[1])) {
  const sizes = process.argv.slice(2).map(Number)
  const work = join(__dirname, '..', '.work')
  ;(async () => {
    const figures: GroupFigures[] = []
    for (const entries of sizes.length ? sizes : [10_000, 1_000_000]) {
      figures.push(await runGroup(work, entries, (line) => console.info(`[bench] ${line}`)))
      console.info(`\n${renderGroupTable(figures)}\n`)
    }
    console.info(JSON.stringify(figures, null, 2))
  })().finally(() => rmSync(work, { recursive: true, force: true }))
}
