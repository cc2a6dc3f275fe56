/**
 * The 民主评议 rush (issue 18): everyone votes in the last hour. The real
 * review function in-process on the local cloud with every database request
 * delayed LOCAL_DB_LATENCY_MS (10 ms unless set). Every member of a branch
 * rates every other member at the same moment, each member's ballots sent
 * one after another as the app sends them (`useBallots` queues a member's
 * taps) — then with three of a member's ballots in flight at once (a fast
 * tapper on a slow network) — then everyone changes ten ballots at once.
 * Each call goes through the transport's BUSY loop. Afterwards the stored
 * ballots and sheets are counted: one ballot per rater and ratee with the
 * last grade sent, every sheet counting its rater's ballots.
 * `npx tsx bench/review.ts` runs it alone.
 */
import type { Envelope } from '../cloudfunctions/common/contract'
import type { Grade } from '../cloudfunctions/common/contract/reviewLabels'
import { collections } from '../cloudfunctions/common/db/collections'
import type { BallotDoc, ReviewSheetDoc } from '../cloudfunctions/common/db/models/review'
import { unitUnder, type BranchUnitDoc } from '../cloudfunctions/common/db/models/units'
import { openDatabase } from '../cloudfunctions/common/handler'
import { periodKey } from '../cloudfunctions/common/periods'
import { startLocalCloud, type LocalCloud } from '../local/runtime'
import { benchMember } from './burst/fixture'
import { inPool, measure, type Sample } from './rush/runRush'

export interface ReviewRushRow {
  scenario: string
  members: number
  ballots: number
  /** Ballots one member has in flight at once. */
  perMember: number
  requestsPerBallot: number
  /** Transactions run again after a write conflict, and BUSY answers sent again by the client loop. */
  conflictsRetried: number
  busyResent: number
  /** Ballots whose member saw an error, or that are not stored with their last grade (must be 0). */
  failed: number
  seconds: number
}

const MEMBERS = 50
const CHANGED = 10
const GRADES: Grade[] = ['excellent', 'qualified', 'basic', 'unqualified']

const openid = (b: number, m: number) => `review-rush-b${b}-m${m}`
const memberId = (b: number, m: number) => `review-rush-b${b}-member-${m}`

/** A branch of MEMBERS bound members, member 0 its secretary, and its 评议 opened through the function. */
const writeBranch = async (cloud: LocalCloud, b: number, now: Date): Promise<string> => {
  const branch: BranchUnitDoc = unitUnder(
    null,
    { _id: `review-rush-b${b}`, kind: 'branch', name: `评议第${b + 1}支部`, order: b + 1 },
    now,
  )
  const members = Array.from({ length: MEMBERS }, (_, m) =>
    benchMember({ _id: memberId(b, m), openid: openid(b, m), branchId: branch._id }, b * 1000 + m, now, m === 0),
  )
  await cloud.database.importDocuments(collections.units.name, [branch] as never[])
  await cloud.database.importDocuments(collections.members.name, members as never[])
  const closesAt = new Date(now.getTime() + 3600_000).toISOString()
  const opened = await cloud.call(
    'review',
    { action: 'openReview', payload: { year: Number(periodKey('year', now)), closesAt } },
    openid(b, 0),
  )
  if (!opened.ok) throw new Error(`review rush: ${opened.code} ${opened.message}`)
  return (opened.data as { id: string }).id
}

/** What rater m sends for ratee r: a grade that differs between raters, ratees and rounds. */
const gradeFor = (m: number, r: number, round: number) => GRADES[(m + r + round) % GRADES.length]

/** Every member's list of ratees, in an order of their own. */
const rateesOf = (m: number) =>
  Array.from({ length: MEMBERS - 1 }, (_, i) => (m + 1 + i) % MEMBERS).filter((r) => r !== m)

/** The rush: every member sends their ballots, `perMember` at a time, all members at once. */
const rush = async (
  cloud: LocalCloud,
  b: number,
  reviewId: string,
  perMember: number,
  round: number,
  ratees: (m: number) => number[],
): Promise<Sample[][]> => {
  const action = round === 0 ? 'castBallot' : 'changeBallot'
  const send = (m: number, r: number) => () =>
    cloud.call(
      'review',
      { action, payload: { reviewId, rateeId: memberId(b, r), grade: gradeFor(m, r, round) } },
      openid(b, m),
    ) as Promise<Envelope<unknown>>
  return Promise.all(
    Array.from({ length: MEMBERS }, (_, m) =>
      inPool(ratees(m).length, perMember, (i) => measure(send(m, ratees(m)[i]))),
    ),
  )
}

/** Stored ballots that do not hold the last grade sent, and sheets whose count is not their rater's ballots. */
const wrongRecords = async (b: number, reviewId: string, lastRound: (m: number, r: number) => number) => {
  const db = openDatabase()
  const read = async <T>(collection: string) => {
    const all: T[] = []
    for (;;) {
      const { data } = await db.collection<T>(collection).where({ reviewId }).skip(all.length).limit(1000).get()
      all.push(...data)
      if (data.length < 1000) return all
    }
  }
  const [ballots, sheets] = await Promise.all([
    read<BallotDoc>(collections.reviewBallots.name),
    read<ReviewSheetDoc>(collections.reviewSheets.name),
  ])
  const expected = new Map<string, number>()
  for (let m = 0; m < MEMBERS; m++)
    for (const r of rateesOf(m)) {
      const key = `${memberId(b, r)}:${gradeFor(m, r, lastRound(m, r))}`
      expected.set(key, (expected.get(key) ?? 0) + 1)
    }
  const stored = new Map<string, number>()
  for (const ballot of ballots)
    stored.set(`${ballot.rateeId}:${ballot.grade}`, (stored.get(`${ballot.rateeId}:${ballot.grade}`) ?? 0) + 1)
  const missing = [...expected].reduce((sum, [key, count]) => sum + Math.max(0, count - (stored.get(key) ?? 0)), 0)
  const badSheets = sheets.filter((sheet) => sheet.ballotsCast !== MEMBERS - 1).length
  return missing + badSheets + Math.max(0, ballots.length - MEMBERS * (MEMBERS - 1))
}

const row = (
  scenario: string,
  perMember: number,
  samples: Sample[][],
  wrong: number,
  started: number,
): ReviewRushRow => {
  const all = samples.flat()
  return {
    scenario,
    members: MEMBERS,
    ballots: all.length,
    perMember,
    requestsPerBallot: Math.round((all.reduce((sum, s) => sum + s.requests, 0) / all.length) * 10) / 10,
    conflictsRetried: all.reduce((sum, s) => sum + s.conflicts, 0),
    busyResent: all.reduce((sum, s) => sum + s.busy, 0),
    failed: all.filter((s) => !s.ok).length + wrong,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }
}

export const runReviewRush = async (log: (line: string) => void = () => undefined): Promise<ReviewRushRow[]> => {
  const latencyMs = Number(process.env.LOCAL_DB_LATENCY_MS ?? 10) || 10
  const cloud = startLocalCloud()
  try {
    const now = new Date()
    const reviews = [await writeBranch(cloud, 0, now), await writeBranch(cloud, 1, now)]
    cloud.database.setLatency({ ms: latencyMs, jitterMs: 0 })
    const rows: ReviewRushRow[] = []
    for (const [b, perMember] of [
      [0, 1],
      [1, 3],
    ]) {
      const started = performance.now()
      const samples = await rush(cloud, b, reviews[b], perMember, 0, rateesOf)
      rows.push(
        row(`cast, every member at once`, perMember, samples, await wrongRecords(b, reviews[b], () => 0), started),
      )
      log(`review rush: cast row ${b} done`)
    }
    const started = performance.now()
    const changed = (m: number) => rateesOf(m).slice(0, CHANGED)
    const samples = await rush(cloud, 0, reviews[0], 1, 1, changed)
    const lastRound = (m: number, r: number) => (changed(m).includes(r) ? 1 : 0)
    rows.push(row(`change ${CHANGED} each, at once`, 1, samples, await wrongRecords(0, reviews[0], lastRound), started))
    log('review rush: change row done')
    return rows
  } finally {
    cloud.close()
  }
}

if (process.argv[1] && /bench[\\/]review\.ts$/.test(process.argv[1])) {
  runReviewRush((line) => console.info(line)).then((rows) => {
    const columns = Object.keys(rows[0]) as (keyof ReviewRushRow)[]
    console.info(
      [columns, ...rows.map((r) => columns.map((column) => r[column]))].map((line) => line.join(' | ')).join('\n'),
    )
  })
}
