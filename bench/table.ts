/** The one table `npm run bench` prints (and README "Performance" shows), from the figures in results.json. */
import type { BenchResults } from './run'

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
  add('sizes (limit 2 MB each)', 'weapp main package', `${kb(r.sizes.mainPackage.bytes)}`)
  for (const sub of r.sizes.subpackages) add('', sub.name, kb(sub.bytes))
  for (const fn of r.sizes.functions)
    add('', `function ${fn.name}: bundle, cold require`, `${kb(fn.bytes)}, ${fn.coldRequireMs} ms`)
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
  const widths = [0, 1, 2].map((i) =>
    Math.max(...rows.map((row) => row[i].length), ['section', 'measure', 'result'][i].length),
  )
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [
    line(['section', 'measure', 'result']),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n')
}
