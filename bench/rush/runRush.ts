/**
 * The rush (issue 12 §6): the real functions in-process on the local cloud
 * with every database request delayed LOCAL_DB_LATENCY_MS (10 ms unless set),
 * as in the cloud. A branch of 200 members checks in at concurrency 1, 5, 20,
 * 50 and 200 (each row its own event), 签阅s a notice the same way, 100 of
 * them complete a study material the same way, and 2,000 members of 10
 * branches check in at concurrency 200. Each member's call goes through the
 * transport's own BUSY loop (`sendRetryingBusy`); afterwards every row's
 * records are counted (one per member, each with its ledger entry).
 */
import type { Envelope } from '../../cloudfunctions/common/contract'
import { sendRetryingBusy } from '../../cloudfunctions/common/contract/busy'
import { collections } from '../../cloudfunctions/common/db/collections'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { recordRoundTrips } from '../../local/db'
import { startLocalCloud } from '../../local/runtime'
import { percentile } from '../burst/stats'
import { BRANCHES, checkinEventId, MEMBERS, memberOpenid, writeRushFixture } from './fixture'

export interface RushRow {
  scenario: string
  members: number
  concurrency: number
  /** Members whose first call answered ok. */
  okFirst: number
  /** Transactions the functions ran again after a write conflict. */
  conflictsRetried: number
  /** BUSY answers, each sent again by the client loop. */
  busyResent: number
  /** Members without their record at the end (must be 0). */
  failed: number
  /** Per member, first send to final answer. */
  p50Ms: number
  p99Ms: number
  /** Sequential round trips of a member's first call: median and most. */
  roundTripsP50: number
  roundTripsMax: number
}

export interface RushFigures {
  latencyMs: number
  rows: RushRow[]
}

const CONCURRENCY = [1, 5, 20, 50, 200]
const STUDIERS = 100

export interface Sample {
  ms: number
  /** Database requests over every send of the member's call. */
  requests: number
  okFirst: boolean
  ok: boolean
  conflicts: number
  busy: number
  roundTrips: number
}

/** One member's action as the app sends it: the transport's BUSY loop around the function call. */
export const measure = async (send: () => Promise<Envelope<unknown>>): Promise<Sample> => {
  const sample: Sample = { ms: 0, requests: 0, okFirst: false, ok: false, conflicts: 0, busy: 0, roundTrips: 0 }
  let calls = 0
  const started = performance.now()
  const last = await sendRetryingBusy(async () => {
    const call = await recordRoundTrips(send)
    if (calls++ === 0) {
      sample.okFirst = call.result.ok
      sample.roundTrips = call.sequentialRoundTrips
    }
    sample.requests += call.requests
    sample.conflicts += Math.max(0, (call.byAction['database.startTransaction'] ?? 0) - 1)
    if (!call.result.ok && call.result.code === 'BUSY') sample.busy++
    return call.result
  })
  sample.ms = performance.now() - started
  sample.ok = last.ok
  return sample
}

/** Runs count tasks, `concurrency` at a time, each starting as soon as one finishes. */
export const inPool = async <T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> => {
  const results: T[] = []
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      results[index] = await task(index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return results
}

const round1 = (value: number) => Math.round(value * 10) / 10

const summarise = (scenario: string, concurrency: number, samples: Sample[], recorded: number): RushRow => {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b)
  const trips = samples.map((s) => s.roundTrips).sort((a, b) => a - b)
  return {
    scenario,
    members: samples.length,
    concurrency,
    okFirst: samples.filter((s) => s.okFirst).length,
    conflictsRetried: samples.reduce((sum, s) => sum + s.conflicts, 0),
    busyResent: samples.reduce((sum, s) => sum + s.busy, 0),
    failed: samples.length - Math.min(recorded, samples.filter((s) => s.ok).length),
    p50Ms: round1(percentile(ms, 50)),
    p99Ms: round1(percentile(ms, 99)),
    roundTripsP50: percentile(trips, 50),
    roundTripsMax: trips[trips.length - 1] ?? 0,
  }
}

const count = async (collection: string, filter: Record<string, unknown>) =>
  (await openDatabase().collection(collection).where(filter).count()).total

/** Records of a row that have their points: one per member is the only right answer. */
const recordedWithPoints = async (collection: string, sourceId: string, filter: Record<string, unknown>) => {
  const [records, entries] = await Promise.all([
    count(collection, filter),
    count(collections.pointsLedger.name, { 'source.id': sourceId }),
  ])
  return Math.min(records, entries)
}

export const runRush = async (log: (line: string) => void = () => undefined): Promise<RushFigures> => {
  const latencyMs = Number(process.env.LOCAL_DB_LATENCY_MS ?? 10) || 10
  const cloud = startLocalCloud()
  try {
    const checkinRows = ['warmup', ...CONCURRENCY.map((c) => `c${c}`)]
    const fixture = await writeRushFixture(cloud, {
      checkins: checkinRows,
      acks: CONCURRENCY.length,
      studies: CONCURRENCY.length,
      studiers: STUDIERS,
    })
    cloud.database.setLatency({ ms: latencyMs, jitterMs: 0 })
    const call = (openid: string, fn: string, action: string, payload: unknown) => () =>
      cloud.call(fn, { action, payload }, openid)
    const checkIn = (eventId: string, openid: string) => {
      const secret = fixture.secrets.get(eventId) as string
      return measure(() =>
        call(openid, 'events', 'checkIn', { eventId, code: codeForSlot(secret, slotAt(new Date())) })(),
      )
    }
    const rows: RushRow[] = []
    const checkinRow = async (row: string, concurrency: number, scenario: string) => {
      const eventId = checkinEventId(row)
      const samples = await inPool(MEMBERS, concurrency, (m) => checkIn(eventId, memberOpenid(0, m)))
      const recorded = await recordedWithPoints(collections.checkins.name, eventId, { eventId })
      return summarise(scenario, concurrency, samples, recorded)
    }
    await checkinRow('warmup', 5, 'warm-up')
    for (const c of CONCURRENCY) rows.push(await checkinRow(`c${c}`, c, 'check-in, 1 branch'))
    log('rush: check-in rows done')
    for (const [index, c] of CONCURRENCY.entries()) {
      const noticeId = fixture.noticeIds[index]
      const samples = await inPool(MEMBERS, c, (m) =>
        measure(call(memberOpenid(0, m), 'notices', 'acknowledgeNotice', { noticeId })),
      )
      const recorded = await recordedWithPoints(collections.noticeAcks.name, noticeId, { noticeId })
      rows.push(summarise('签阅, 1 notice', c, samples, recorded))
    }
    log('rush: 签阅 rows done')
    for (const [index, c] of [...CONCURRENCY.slice(0, -1), STUDIERS].entries()) {
      const materialId = fixture.materialIds[index]
      const samples = await inPool(STUDIERS, c, (m) =>
        measure(call(memberOpenid(0, m), 'points', 'completeStudy', { materialId })),
      )
      const recorded = await recordedWithPoints(collections.studySessions.name, materialId, {
        materialId,
        completedAt: openDatabase().command.neq(null),
      })
      rows.push(summarise('study completed, 1 material', c, samples, recorded))
    }
    log('rush: study rows done')
    const everyone = Array.from({ length: BRANCHES * MEMBERS }, (_, i) => ({
      b: i % BRANCHES,
      m: Math.floor(i / BRANCHES),
    }))
    const samples = await inPool(everyone.length, 200, (i) =>
      checkIn(checkinEventId(`org-${everyone[i].b}`), memberOpenid(everyone[i].b, everyone[i].m)),
    )
    let recorded = 0
    for (let b = 0; b < BRANCHES; b++) {
      const eventId = checkinEventId(`org-${b}`)
      recorded += await recordedWithPoints(collections.checkins.name, eventId, { eventId })
    }
    rows.push(summarise(`check-in, ${BRANCHES} branches`, 200, samples, recorded))
    log('rush: organisation row done')
    return { latencyMs, rows }
  } finally {
    cloud.close()
  }
}

if (process.argv[1] && /bench[\\/]rush[\\/]runRush\.ts$/.test(process.argv[1])) {
  runRush((line) => console.info(line)).then((figures) => console.info(JSON.stringify(figures, null, 2)))
}
