/**
 * Jest runner for `npm run mutate`: a mutant loads only the suite files that hold its covering tests,
 * and stops at the first file that fails.
 *
 * Stryker's jest runner narrows a mutant run by test NAME (`testNamePattern`), so plain jest still
 * loads every suite file of the group — imports, the local cloud, the seed cache — only to skip
 * their tests: with 8 files that was most of a mutant's 30–60 s. The dry run (no pattern) records
 * which file holds which test in the sandbox; a mutant run keeps the files with a test the pattern
 * matches (jest matches it case-insensitively; a file the record does not know is kept). Jest has
 * no programmatic bail, so files run one by one and the first failing one ends the run: one failed
 * test already kills the mutant.
 */
const { readFileSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
const TestRunner = require('jest-runner').default

const RECORD = join(process.cwd(), '.stryker-test-files.json')

const readRecord = () => {
  try {
    return JSON.parse(readFileSync(RECORD, 'utf8'))
  } catch {
    return null
  }
}

class CoveringFilesRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const pattern = this._globalConfig.testNamePattern
    const record = pattern ? readRecord() : null
    if (!record) return this.recordRun(tests, watcher, options)
    const matches = new RegExp(pattern, 'i')
    const covering = tests.filter((test) => !record[test.path] || record[test.path].some((name) => matches.test(name)))
    for (const test of covering) {
      let failed = false
      const stops = [
        this.on('test-file-success', ([, result]) => {
          failed = result.numFailingTests > 0 || Boolean(result.testExecError)
        }),
        this.on('test-file-failure', () => {
          failed = true
        }),
      ]
      await super.runTests([test], watcher, options)
      stops.forEach((stop) => stop())
      if (failed) return
    }
  }

  /** A run of every test (the dry run): note each file's test names for the mutant runs. */
  async recordRun(tests, watcher, options) {
    const names = {}
    const stop = this.on('test-file-success', ([test, result]) => {
      names[test.path] = result.testResults.map((testResult) => testResult.fullName)
    })
    await super.runTests(tests, watcher, options)
    stop()
    if (!this._globalConfig.testNamePattern) writeFileSync(RECORD, JSON.stringify(names))
  }
}

module.exports = CoveringFilesRunner
