/** Use-case, function-level and browser suites; see README "Tests". */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleNameMapper: {
    '^@contract$': '<rootDir>/cloudfunctions/common/contract/index.ts',
    '^@contract/(.*)$': '<rootDir>/cloudfunctions/common/contract/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@periods$': '<rootDir>/cloudfunctions/common/periods.ts',
    '^@duesAmount$': '<rootDir>/cloudfunctions/dues/rules/amount.ts',
  },
  reporters: ['default', '<rootDir>/scripts/jest-summary.js'],
  testTimeout: 30000,
  maxWorkers: 2,
}
