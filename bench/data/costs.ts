/**
 * Cost against data size (issue 8, part 2): for one ledger size, the database
 * requests (and how many of them are sequential round trips, see
 * recordRoundTrips in local/db), documents read and wall time of each ranking request and of one
 * branch-period statistics compile, next to a naive baseline that pulls every
 * ledger entry in 1,000-document pages and sums in the function.
 *
 * Rankings are called through the points function as the leader (so caller
 * resolution is included); the compile is the stats use case itself. Each is
 * run once to warm up, then three times; the figures are the median run's.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { collections } from '../../cloudfunctions/common/db/collections'
import { openDatabase } from '../../cloudfunctions/common/handler'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { LedgerDoc } from '../../cloudfunctions/common/db/models/points'
import { toPeriodRef } from '../../cloudfunctions/common/periods'
import { compileBranchStats } from '../../cloudfunctions/stats/compile/compileBranchStats'
import { recordRoundTrips } from '../../local/db'
import { startLocalCloud, type LocalCloud } from '../../local/runtime'
import { buildLedgerFixture, type LedgerFixture } from './fixture'

export interface Cost {
  requests: number
  /** Round trips one after another on the critical path. */
  roundTrips: number
  docsRead: number
  ms: number
}

export interface SizeCosts {
  members: number
  entries: number
  months: number
  buildSeconds: number
  rankOrganisation: Cost
  rankBranch: Cost
  rankBranches: Cost
  compileBranchMonth: Cost
  naivePull: Cost
}

const round = (value: number) => Math.round(value * 10) / 10

const measureOnce = async (cloud: LocalCloud, work: () => Promise<unknown>): Promise<Cost> => {
  cloud.database.resetCounters()
  const started = performance.now()
  const { requests, sequentialRoundTrips } = await recordRoundTrips(work)
  const ms = performance.now() - started
  return { requests, roundTrips: sequentialRoundTrips, docsRead: cloud.database.counters().scanned, ms: round(ms) }
}

/** One warm-up, then the median of three timed runs (counts are the same every run). */
export const measure = async (cloud: LocalCloud, work: () => Promise<unknown>, runs = 3): Promise<Cost> => {
  await work()
  const costs: Cost[] = []
  for (let i = 0; i < runs; i++) costs.push(await measureOnce(cloud, work))
  return costs.sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)]
}

const called = async (cloud: LocalCloud, openid: string, action: string, payload: object) => {
  const envelope = await cloud.call('points', { action, payload }, openid)
  if (!envelope.ok) throw new Error(`${action} failed: ${envelope.code} ${envelope.message}`)
  return envelope.data
}

/**
 * The baseline many projects ship: read the whole ledger page by page (1,000
 * per request, keyset on _id so each page is one index range) and add up the
 * month per member and per branch in the function.
 */
const naivePull = async (db: Database, month: string) => {
  const _ = db.command
  const byMember = new Map<string, number>()
  const byBranch = new Map<string, number>()
  let last = ''
  for (;;) {
    const { data } = await db
      .collection<LedgerDoc>(collections.pointsLedger.name)
      .where(last ? { _id: _.gt(last) } : {})
      .orderBy('_id', 'asc')
      .limit(1000)
      .get()
    for (const entry of data)
      if (entry.periods.month === month) {
        byMember.set(entry.memberId, (byMember.get(entry.memberId) ?? 0) + entry.points)
        byBranch.set(entry.branchId, (byBranch.get(entry.branchId) ?? 0) + entry.points)
      }
    if (data.length < 1000) break
    last = data[data.length - 1]._id
  }
  return [...byMember.entries()].sort((a, b) => b[1] - a[1]).slice(0, 50)
}

const measureAll = async (cloud: LocalCloud, fixture: LedgerFixture, buildSeconds: number): Promise<SizeCosts> => {
  const period = { kind: 'month' as const, key: fixture.month }
  const openid = fixture.leaderOpenid
  const db = openDatabase()
  return {
    members: fixture.members,
    entries: fixture.entries,
    months: fixture.months,
    buildSeconds,
    rankOrganisation: await measure(cloud, () =>
      called(cloud, openid, 'rankMembers', { ...period, scope: 'organisation' }),
    ),
    rankBranch: await measure(cloud, () => called(cloud, openid, 'rankMembers', { ...period, scope: 'branch' })),
    rankBranches: await measure(cloud, () => called(cloud, openid, 'rankBranches', period)),
    compileBranchMonth: await measure(cloud, () =>
      compileBranchStats(db, fixture.branch, toPeriodRef('month', fixture.month), fixture.now),
    ),
    naivePull: await measure(cloud, () => naivePull(db, fixture.month), 1),
  }
}

/** Builds one history in a fresh durable store under workDir, measures it, deletes it. */
export const runSizeCosts = async (
  workDir: string,
  members: number,
  entries: number,
  log: (line: string) => void = () => undefined,
): Promise<SizeCosts> => {
  mkdirSync(workDir, { recursive: true })
  const dataDir = mkdtempSync(join(workDir, 'ledger-'))
  const cloud = startLocalCloud({ dataDir })
  try {
    const started = performance.now()
    const fixture = await buildLedgerFixture(cloud.database, members, entries, log)
    const buildSeconds = round((performance.now() - started) / 1000)
    return await measureAll(cloud, fixture, buildSeconds)
  } finally {
    cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && /costs\.ts$/.test(process.argv[1])) {
  const [members, entries] = process.argv.slice(2).map(Number)
  runSizeCosts(join(__dirname, '..', '.work'), members || 1000, entries || 10_000, (line) => console.info(line)).then(
    (costs) => console.info(JSON.stringify(costs, null, 2)),
  )
}
