/**
 * Check-in burst through the local host over HTTP on loopback (issue 8, part 1).
 *
 * The host runs in its own process (hostProcess.ts) on a durable store in
 * bench/.work; this process is only the load generator: 200 concurrent
 * clients on keep-alive sockets, each member's request sent and then retried
 * once (as a phone does when the answer is lost). The same burst runs against
 * the no-op function first, so the check-in's cost can be given as a ratio.
 * Afterwards the host is stopped and the records are counted on disk.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { collectionList } from '../../cloudfunctions/common/db/collections'
import { openLocalDatabase } from '../../local/db'
import { BURST_EVENT, PACED_EVENT, SECRETARY_OPENID, WARMUP_EVENT, memberOpenid } from './fixture'
import { hostClient, type CallOutcome, type HostClient } from './client'
import { NOOP_FUNCTION } from './noopFunction'
import { summarize, type LatencySummary } from './stats'

export interface BurstOptions {
  members: number
  clients: number
  workDir: string
  /** Write a V8 CPU profile of the host (node --cpu-prof) into workDir/profiles. */
  profile?: boolean
  log?: (line: string) => void
}

export interface BurstFigures {
  members: number
  clients: number
  noop: LatencySummary
  checkIn: LatencySummary
  /**
   * The same members checking in to another event at a steady 100 a second
   * (2,000 in 20 s: six times the "everyone within two minutes" of a 主题党日),
   * call and retry each, as many in flight as the pace brings (at most `clients`).
   */
  checkInPaced: LatencySummary
  /** check-in p50 / p99 over the no-op's */
  ratioP50: number
  ratioP99: number
  failedRequests: number
  failuresByCode: Record<string, number>
  created: number
  records: { checkins: number; distinctMembers: number; ledgerEntries: number; lost: number; duplicates: number }
}

const HOST_SCRIPT = join(__dirname, 'hostProcess.ts')

const spawnHost = async (dataDir: string, members: number, profileDir?: string) => {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', HOST_SCRIPT, dataDir, String(members)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout! })
  const [first] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`bench host exited early (${code})`)
    }),
  ])) as [string]
  return { child, url: (JSON.parse(first) as { url: string }).url }
}

const stopHost = async (child: ChildProcess) => {
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  await exited
}

/** Runs `work(index)` for 0..count-1 with `clients` workers pulling from one queue. */
const pool = async (count: number, clients: number, work: (index: number) => Promise<void>) => {
  let next = 0
  const worker = async () => {
    while (next < count) await work(next++)
  }
  await Promise.all(Array.from({ length: clients }, worker))
}

/** The secretary's check-in screen, refreshed every 10 s like the real one (codes rotate every 20 s). */
const codeScreen = async (client: HostClient, cookie: string, eventId: string) => {
  let code = ''
  const refresh = async () => {
    const outcome = await client.call('events', { action: 'currentCode', payload: { eventId } }, cookie)
    const data = outcome.data as { code: string | null } | undefined
    if (!outcome.ok || !data?.code) throw new Error(`currentCode failed: ${outcome.code}`)
    code = data.code
  }
  await refresh()
  const timer = setInterval(() => void refresh().catch(() => undefined), 10_000)
  return { code: () => code, stop: () => clearInterval(timer) }
}

interface Burst {
  latencies: number[]
  wallMs: number
  failures: Record<string, number>
  created: number
}

/** Every member calls once and retries once; both answers are timed. */
const burst = async (
  members: number,
  clients: number,
  send: (memberIndex: number) => Promise<CallOutcome>,
): Promise<Burst> => {
  const result: Burst = { latencies: [], wallMs: 0, failures: {}, created: 0 }
  const record = (outcome: CallOutcome) => {
    result.latencies.push(outcome.ms)
    if (!outcome.ok) result.failures[outcome.code ?? '?'] = (result.failures[outcome.code ?? '?'] ?? 0) + 1
    if ((outcome.data as { created?: boolean } | undefined)?.created === true) result.created++
  }
  const started = performance.now()
  await pool(members, clients, async (index) => {
    record(await send(index + 1))
    record(await send(index + 1))
  })
  result.wallMs = performance.now() - started
  return result
}

/** Member i starts at i / rate seconds; each sends its call and its retry. */
const paced = async (members: number, perSecond: number, send: (memberIndex: number) => Promise<CallOutcome>) => {
  const latencies: number[] = []
  const failures: Record<string, number> = {}
  const started = performance.now()
  await Promise.all(
    Array.from({ length: members }, async (_, index) => {
      const due = started + (index * 1000) / perSecond
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
      for (let attempt = 0; attempt < 2; attempt++) {
        const outcome = await send(index + 1)
        latencies.push(outcome.ms)
        if (!outcome.ok) failures[outcome.code ?? '?'] = (failures[outcome.code ?? '?'] ?? 0) + 1
      }
    }),
  )
  return { latencies, failures, wallMs: performance.now() - started }
}

/** Counts what the burst left on disk: one check-in and one ledger entry per member, no more, no less. */
const countRecords = (dataDir: string, members: number) => {
  const db = openLocalDatabase({ dir: join(dataDir, 'db'), collections: collectionList })
  try {
    const dump = db.dump() as Record<string, { _id: string; eventId?: string; memberId?: string }[]>
    const checkins = dump.checkins.filter((doc) => doc.eventId === BURST_EVENT)
    const distinctMembers = new Set(checkins.map((doc) => doc.memberId)).size
    const ledgerEntries = dump.pointsLedger.filter((doc) => doc._id.startsWith(`attend:${BURST_EVENT}:`)).length
    return {
      checkins: checkins.length,
      distinctMembers,
      ledgerEntries,
      lost: members - distinctMembers,
      duplicates: checkins.length - distinctMembers + Math.max(0, ledgerEntries - distinctMembers),
    }
  } finally {
    db.close()
  }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100

export const runBurst = async (options: BurstOptions): Promise<BurstFigures> => {
  const { members, clients, log = () => undefined } = options
  mkdirSync(options.workDir, { recursive: true })
  const dataDir = mkdtempSync(join(options.workDir, 'burst-'))
  const profileDir = options.profile ? join(options.workDir, 'profiles') : undefined
  const { child, url } = await spawnHost(dataDir, members, profileDir)
  const client = hostClient(url, clients)
  try {
    const cookies: string[] = []
    await pool(members + 1, 20, async (index) => {
      cookies[index] = await client.login(index === 0 ? SECRETARY_OPENID : memberOpenid(index))
    })
    const warmupScreen = await codeScreen(client, cookies[0], WARMUP_EVENT)
    const noop = (index: number) => client.call(NOOP_FUNCTION, { action: 'ping', payload: {} }, cookies[index])
    const checkIn = (eventId: string, code: () => string) => (index: number) =>
      client.call('events', { action: 'checkIn', payload: { eventId, code: code() } }, cookies[index])
    // Warm-up, not timed: the host's JIT and caches see both paths before the clock starts.
    await pool(Math.min(members, 400), clients, async (index) => void (await noop(index + 1)))
    await pool(
      Math.min(members, 200),
      clients,
      async (index) => void (await checkIn(WARMUP_EVENT, warmupScreen.code)(index + 1)),
    )
    warmupScreen.stop()
    log(`burst host ${url}: ${members} members signed in, warmed up`)

    const noopRun = await burst(members, clients, noop)
    log(`no-op: ${summarize(noopRun.latencies, noopRun.wallMs).p99} ms p99`)
    const screen = await codeScreen(client, cookies[0], BURST_EVENT)
    const checkInRun = await burst(members, clients, checkIn(BURST_EVENT, screen.code))
    screen.stop()
    log(`check-in: ${summarize(checkInRun.latencies, checkInRun.wallMs).p99} ms p99`)
    const pacedScreen = await codeScreen(client, cookies[0], PACED_EVENT)
    const pacedRun = await paced(members, 100, checkIn(PACED_EVENT, pacedScreen.code))
    pacedScreen.stop()
    log(`paced check-in: ${summarize(pacedRun.latencies, pacedRun.wallMs).p99} ms p99`)
    await stopHost(child)
    const noopSummary = summarize(noopRun.latencies, noopRun.wallMs)
    const checkInSummary = summarize(checkInRun.latencies, checkInRun.wallMs)
    const failures = { ...checkInRun.failures }
    for (const [code, n] of Object.entries(noopRun.failures)) failures[`noop:${code}`] = n
    for (const [code, n] of Object.entries(pacedRun.failures)) failures[`paced:${code}`] = n
    return {
      members,
      clients,
      noop: noopSummary,
      checkIn: checkInSummary,
      checkInPaced: summarize(pacedRun.latencies, pacedRun.wallMs),
      ratioP50: ratio(checkInSummary.p50, noopSummary.p50),
      ratioP99: ratio(checkInSummary.p99, noopSummary.p99),
      failedRequests: Object.values(failures).reduce((sum, n) => sum + n, 0),
      failuresByCode: failures,
      created: checkInRun.created,
      records: countRecords(dataDir, members),
    }
  } finally {
    client.close()
    if (child.exitCode === null) await stopHost(child)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && /runBurst\.ts$/.test(process.argv[1])) {
  runBurst({
    members: Number(process.env.BENCH_MEMBERS ?? 2000),
    clients: Number(process.env.BENCH_CLIENTS ?? 200),
    workDir: join(__dirname, '..', '.work'),
    profile: process.env.BENCH_PROFILE === '1',
    log: (line) => console.info(line),
  }).then((figures) => console.info(JSON.stringify(figures, null, 2)))
}
