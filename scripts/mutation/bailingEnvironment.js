/**
 * Jest environment for `npm run mutate`: once a test of the file fails, the file's remaining tests are
 * skipped. One failed test kills the mutant, and Stryker's jest runner cannot bail (jest has no
 * programmatic bail), so without this a mutant caught by the first of the access matrix's 130 rows
 * still runs the other 129, each describe's beforeAll included. A dry run has no failures, so it is never cut short.
 */
const NodeEnvironment = require('jest-environment-node').default

class BailingEnvironment extends NodeEnvironment {
  failed = false

  async handleTestEvent(event) {
    if (event.name === 'test_done' && event.test.errors.length) this.failed = true
    if (!this.failed) return
    if (event.name === 'test_start') event.test.mode = 'skip'
    // Skipped before its beforeAll hooks run (a describe of the matrix starts a cloud).
    if (event.name === 'run_describe_start') event.describeBlock.mode = 'skip'
  }
}

module.exports = BailingEnvironment
