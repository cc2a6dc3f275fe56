/**
 * `npm run bench` (issues 8, 12, 21): the check-in burst, the rush at 10 ms per
 * database request, cost against data size, the organisation tree's group rows,
 * package and function sizes, and the local engine's figures. Prints one
 * table and writes the same figures to bench/results.json. Data lives under
 * bench/.work (git-ignored) while a part runs and is deleted afterwards.
 * Never part of `npm test`: it takes minutes and its timings depend on the
 * machine's load.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { runBurst, type BurstFigures } from './burst/runBurst'
import { runDuesBench, type DuesCosts } from './dues'
import { runSizeCosts, type SizeCosts } from './data/costs'
import { runRush, type RushFigures } from './rush/runRush'
import { runEngineBench, type EngineBenchFigures } from './engine'
import { renderGroupTable, runGroup, type GroupFigures } from './group/runGroup'
import { runSizes, type SizeFigures } from './sizes'
import { renderRushTable, renderTable } from './table'

export interface BenchResults {
  ranAt: string
  machine: { cpus: number; model: string; node: string }
  burst: BurstFigures
  rush: RushFigures
  costs: SizeCosts[]
  /** The organisation tree's rows (issue 21): a group of 50,000 members in 2,000 branches over 3 levels. */
  group: GroupFigures[]
  dues: DuesCosts[]
  sizes: SizeFigures
  engine: EngineBenchFigures
}

const WORK = join(__dirname, '.work')
/** Members × ledger entries: three ledger sizes for one organisation, and the large organisation's two. */
const SIZES: [number, number][] = [
  [1000, 10_000],
  [1000, 100_000],
  [1000, 1_000_000],
  [10_000, 100_000],
  [10_000, 1_000_000],
]

const log = (line: string) => console.info(`[bench] ${line}`)

const main = async () => {
  const started = performance.now()
  const burst = await runBurst({ members: 2000, clients: 200, workDir: WORK, log })
  const rush = await runRush(log)
  const costs: SizeCosts[] = []
  for (const [members, entries] of SIZES) {
    costs.push(await runSizeCosts(WORK, members, entries, log))
    log(`costs measured for ${members} members, ${entries} entries`)
  }
  const group: GroupFigures[] = []
  for (const entries of [10_000, 1_000_000]) group.push(await runGroup(WORK, entries, log))
  const dues = await runDuesBench(log)
  const sizes = await runSizes(WORK, log)
  const engine = await runEngineBench(log)
  const results: BenchResults = {
    ranAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
    burst,
    rush,
    costs,
    group,
    dues,
    sizes,
    engine,
  }
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.info(`\n${renderTable(results)}\n\n${renderRushTable(results.rush)}\n\n${renderGroupTable(results.group)}\n`)
  log(`done in ${Math.round((performance.now() - started) / 1000)} s; figures in bench/results.json`)
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(WORK, { recursive: true, force: true }))
