/**
 * What `npm run mutate` mutates, and which jest suites judge each group. A group is mutated on its
 * own, against its suites only (browser/ and reliability/ never: they need a build and take minutes).
 * Globs name directories or file stems, so they survive files moving within a domain. A new domain
 * (dues, 评议, 发展, appraisal, the organisation tree) adds its rule modules here as it lands.
 */
export interface MutationGroup {
  name: string
  /** Stryker `mutate` globs (a leading `!` excludes). */
  mutate: string[]
  /** Test directories (every `*.test.ts` under them) or single test files. */
  tests: string[]
}

export const GROUPS: MutationGroup[] = [
  {
    name: 'events-rules',
    mutate: ['cloudfunctions/events/rules/**/*.ts'],
    tests: ['checkin', 'checkinQr', 'closeCheckin', 'cancel', 'leave', 'myAttendance', 'myEvents', 'minutesLedger'].map(
      (name) => `test/events/${name}.test.ts`,
    ),
  },
  {
    name: 'common-access',
    mutate: ['cloudfunctions/common/rules/access.ts'],
    tests: [
      'test/security/authorisation.test.ts',
      'test/security/hiddenIds.test.ts',
      'test/units/scope.test.ts',
      'test/units/notices.test.ts',
      'test/units/grants.test.ts',
      // Who sees full rankings (`oversees`).
      'test/points/settings.test.ts',
    ],
  },
  {
    name: 'common-members',
    mutate: ['cloudfunctions/common/rules/members.ts'],
    tests: ['test/members'],
  },
  { name: 'points', mutate: ['cloudfunctions/common/points/**/*.ts'], tests: ['test/points'] },
  { name: 'stats-compile', mutate: ['cloudfunctions/stats/compile/**/*.ts'], tests: ['test/stats'] },
  {
    name: 'notices-audience',
    mutate: ['cloudfunctions/**/notices/**/audience*.ts', 'cloudfunctions/**/notices/**/addressed*.ts'],
    tests: ['scope', 'publish', 'badInput', 'receipts', 'edit', 'reads', 'acknowledge', 'reminders'].map(
      (name) => `test/notices/${name}.test.ts`,
    ),
  },
  {
    name: 'tree',
    mutate: ['cloudfunctions/members/units/**/*.ts', 'cloudfunctions/members/roster/unitPaths.ts'],
    tests: ['test/units'],
  },
  { name: 'stats-rollup', mutate: ['cloudfunctions/stats/rollup/**/*.ts'], tests: ['test/stats'] },
  { name: 'dues-rules', mutate: ['cloudfunctions/dues/rules/**/*.ts'], tests: ['test/dues'] },
  { name: 'review-rules', mutate: ['cloudfunctions/review/rules/**/*.ts'], tests: ['test/review'] },
  {
    name: 'host-session',
    mutate: ['local/host/session.ts'],
    tests: ['test/security/host.test.ts', 'test/security/identity.test.ts'],
  },
  {
    name: 'db',
    mutate: ['local/db/{queryOps,find,update,updatePaths,transactions,txActions,versions}.ts'],
    tests: [
      'test/db/query.test.ts',
      'test/db/update.test.ts',
      'test/db/transactions.test.ts',
      'test/db/concurrency.test.ts',
      'test/db/fidelity.test.ts',
      'test/db/external',
    ],
  },
]
