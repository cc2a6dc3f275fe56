/** The one table `npm run bench` prints (and README "Performance" shows), from the figures in results.json. */
import type { BenchResults } from './run'
import type { RushFigures } from './rush/runRush'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const cost = (c: { requests: number; roundTrips?: number; docsRead: number; ms: number }) =>
  `${c.requests} req${c.roundTrips === undefined ? '' : ` (${c.roundTrips} seq)`} / ${c.docsRead} docs / ${c.ms} ms`

export const renderTable = (r: BenchResults): string => {
  const rows: [string, string, string][] = []
  const add = (section: string, what: string, value: string) => rows.push([section, what, value])
  const { burst } = r
  add(
    'check-in burst',
    `${burst.members} members, ${burst.clients} clients, call + retry each`,
    `${burst.checkIn.requests} requests`,
  )
  add(
    '',
    'no-op: throughput, p50 / p95 / p99',
    `${burst.noop.perSecond}/s, ${burst.noop.p50} / ${burst.noop.p95} / ${burst.noop.p99} ms`,
  )
  add(
    '',
    'check-in: throughput, p50 / p95 / p99',
    `${burst.checkIn.perSecond}/s, ${burst.checkIn.p50} / ${burst.checkIn.p95} / ${burst.checkIn.p99} ms`,
  )
  add(
    '',
    'check-in at a steady 100/s: p50 / p95 / p99',
    `${burst.checkInPaced.p50} / ${burst.checkInPaced.p95} / ${burst.checkInPaced.p99} ms`,
  )
  add('', 'check-in ÷ no-op (p50, p99)', `${burst.ratioP50}×, ${burst.ratioP99}×`)
  add(
    '',
    'created / lost / duplicates / failed requests',
    `${burst.created} / ${burst.records.lost} / ${burst.records.duplicates} / ${burst.failedRequests}`,
  )
  for (const size of r.costs) {
    const section = `${size.members} members, ${size.entries.toLocaleString('en')} entries (${size.months} mo)`
    add(section, 'organisation ranking', cost(size.rankOrganisation))
    add('', 'branch ranking', cost(size.rankBranch))
    add('', 'branch ranking table (rankBranches)', cost(size.rankBranches))
    add('', 'branch-month statistics compile', cost(size.compileBranchMonth))
    add('', 'naive: pull the ledger in 1,000 pages', cost(size.naivePull))
  }
  for (const dues of r.dues ?? []) {
    const section = `dues: ${dues.branches}×${dues.membersPerBranch} members, ${dues.payments.toLocaleString('en')} payments`
    add(section, 'branch month sheet (one branch)', cost(dues.branchSheet))
    add('', 'organisation monthly figures', cost(dues.organisationFigures))
  }
  add('sizes (limit 2 MB each)', 'weapp main package', `${kb(r.sizes.mainPackage.bytes)}`)
  for (const sub of r.sizes.subpackages) add('', sub.name, kb(sub.bytes))
  for (const fn of r.sizes.functions)
    add(
      '',
      `function ${fn.name}: bundle, cold require (÷ SDK alone)`,
      `${kb(fn.bytes)}, ${fn.coldRequireMs} ms (${(fn.coldRequireMs / r.sizes.sdkColdRequireMs).toFixed(2)}×)`,
    )
  add('', 'wx-server-sdk alone: cold require', `${r.sizes.sdkColdRequireMs} ms`)
  const e = r.engine
  add(
    'local engine',
    '100k inserts through the SDK (1,000 per request)',
    `${e.insert100kMs} ms (${e.insertPerSecond}/s)`,
  )
  add('', 'indexed get (avg, documents read per get)', `${e.indexedGetAvgMs} ms, ${e.indexedGetScannedPerGet}`)
  add('', 'group-by over 1M documents', `${e.groupBy1MMs} ms`)
  add('', 'cold start with 1M documents: open, first get', `${e.coldStart1MMs} ms, ${e.coldStartFirstGetMs} ms`)
  return markdown(['section', 'measure', 'result'], rows)
}

const markdown = (header: string[], rows: string[][]): string => {
  const widths = header.map((title, i) => Math.max(...rows.map((row) => row[i].length), title.length))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

/** The rush: one row per scenario and concurrency, at the simulated latency per database request. */
export const renderRushTable = (rush: RushFigures): string =>
  markdown(
    [
      `rush at ${rush.latencyMs} ms per request`,
      'members',
      'at once',
      'ok 1st call',
      'conflicts retried',
      'BUSY resent',
      'failed',
      'p50 / p99 ms',
      'round trips p50 / max',
    ],
    rush.rows.map((row) => [
      row.scenario,
      String(row.members),
      String(row.concurrency),
      String(row.okFirst),
      String(row.conflictsRetried),
      String(row.busyResent),
      String(row.failed),
      `${row.p50Ms} / ${row.p99Ms}`,
      `${row.roundTripsP50} / ${row.roundTripsMax}`,
    ]),
  )
