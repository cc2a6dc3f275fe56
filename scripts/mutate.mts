/**
 * `npm run mutate [-- <group>…] [-- --mutate <glob>]`: Stryker mutation testing of the rule modules,
 * one group at a time (2 shared cores), each against only the jest suites that exercise it, with
 * per-test coverage so a mutant runs only the tests that reach it. Incremental: results live in
 * `reports/mutation/<group>.json` (git-ignored), so a re-run only tests mutants whose code or tests
 * changed; a fresh clone runs everything. Ends with the per-module score table the README quotes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative, resolve } from 'node:path'
import { Stryker } from '@stryker-mutator/core'
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core'
import { GROUPS, type MutationGroup } from './mutation/groups'

const REPORT_DIR = 'reports/mutation'
const baseJest = createRequire(import.meta.url)('../jest.config.js')

const optionsFor = (group: MutationGroup, mutate: string[] | undefined): PartialStrykerOptions => ({
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code would re-run the group's every test: too slow on 2 shared cores.
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  mutate: mutate ?? group.mutate,
  incremental: true,
  incrementalFile: `${REPORT_DIR}/${group.name}.json`,
  reporters: ['clear-text', 'progress-append-only'],
  clearTextReporter: { reportTests: false, logTests: false, allowEmojis: false },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', '.data', 'reports', 'bench/.work', 'test/.screenshots', '.swc', '.stryker-tmp'],
  timeoutMS: 20_000,
  disableTypeChecks: false,
  jest: {
    projectType: 'custom',
    enableFindRelatedTests: false,
    config: {
      ...baseJest,
      reporters: ['default'],
      // Only the suite files holding a mutant's covering tests load, and the first failing one ends it.
      runner: '<rootDir>/scripts/mutation/coveringFilesRunner.js',
      // ...and within a file, the first failing test skips the rest.
      testEnvironment: resolve('scripts/mutation/bailingEnvironment.js'),
      testMatch: group.tests.map((path) => `<rootDir>/${path}${path.endsWith('.ts') ? '' : '/**/*.test.ts'}`),
    },
  },
})

interface Score {
  killed: number
  survived: number
}

/** Killed = Killed + Timeout; survived = Survived + NoCoverage (Stryker's mutation score over valid mutants). */
const scoreByFile = (results: MutantResult[]): Map<string, Score> => {
  const scores = new Map<string, Score>()
  for (const mutant of results) {
    const file = relative(process.cwd(), mutant.fileName)
    const score = scores.get(file) ?? { killed: 0, survived: 0 }
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') score.killed += 1
    else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') score.survived += 1
    scores.set(file, score)
  }
  return scores
}

const percent = ({ killed, survived }: Score) =>
  killed + survived === 0 ? 'n/a' : `${((100 * killed) / (killed + survived)).toFixed(1)} %`

const table = (rows: { group: string; file: string; score: Score }[]) =>
  [
    '| group | module | killed | survived | score |',
    '|---|---|---|---|---|',
    ...rows.map(
      ({ group, file, score }) =>
        `| ${group} | \`${file}\` | ${score.killed} | ${score.survived} | ${percent(score)} |`,
    ),
  ].join('\n')

const parseArgs = (argv: string[]) => {
  const mutateAt = argv.indexOf('--mutate')
  const mutate = mutateAt >= 0 ? argv[mutateAt + 1].split(',') : undefined
  const names = argv.filter((arg, i) => !arg.startsWith('--') && (mutateAt < 0 || i !== mutateAt + 1))
  const unknown = names.filter((name) => !GROUPS.some((group) => group.name === name))
  if (unknown.length)
    throw new Error(`unknown group(s) ${unknown.join(', ')}; groups: ${GROUPS.map((g) => g.name).join(', ')}`)
  const groups = names.length ? GROUPS.filter((group) => names.includes(group.name)) : GROUPS
  return { groups, mutate }
}

const main = async () => {
  const { groups, mutate } = parseArgs(process.argv.slice(2))
  mkdirSync(REPORT_DIR, { recursive: true })
  const rows: { group: string; file: string; score: Score }[] = []
  for (const group of groups) {
    console.info(`\n=== mutation group ${group.name}: ${(mutate ?? group.mutate).join(' ')} ===`)
    const results = await new Stryker(optionsFor(group, mutate)).runMutationTest()
    for (const [file, score] of [...scoreByFile(results)].sort(([a], [b]) => a.localeCompare(b))) {
      rows.push({ group: group.name, file, score })
    }
  }
  const report = table(rows)
  writeFileSync(`${REPORT_DIR}/scores.md`, `${report}\n`)
  console.info(`\n${report}\n\n(written to ${REPORT_DIR}/scores.md)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
