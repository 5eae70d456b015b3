/**
 * One embedded Neo4j for the whole run (test/global-setup.ts), seeded with
 * the five articles; every test file talks to it through Bolt. With
 * NEO4J_URI set, the same suite runs against that server instead.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120000,
  verbose: true,
};
