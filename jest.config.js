/**
 * Two layers, as jest projects:
 *
 * - `unit`: test/unit and test/tck. No database and no Java: nothing starts
 *   Neo4j, so `npm run test:unit` runs anywhere Node runs.
 * - `database`: test/integration and test/e2e, against a real Neo4j. Its
 *   global setup starts an embedded Neo4j (or empties the server NEO4J_URI
 *   names) and seeds the five articles. A project's global setup runs only
 *   when a test of that project is selected, so the unit layer never pays
 *   for it.
 *
 * `npm test` runs the two layers as two jest processes side by side
 * (test/support/run-layers.js), so the unit layer need not wait for the
 * database layer's global setup; plain `npx jest` runs both in one process.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  verbose: true,
  // The slowest suites first, so that neither worker is left with a long one at the end.
  testSequencer: '<rootDir>/test/support/slowest-first-sequencer.js',
  // Two workers, each with its own Neo4j store (global-setup.ts): the
  // database suites spend much of their time waiting on Neo4j, so two run
  // well side by side even on two cores. One server named by NEO4J_URI is
  // one store, which two workers would share: then one worker.
  maxWorkers: process.env.NEO4J_URI ? 1 : 2,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/tck/**/*.test.ts'],
      transform,
      setupFiles: ['<rootDir>/test/support/stack-trace-depth.ts'],
    },
    {
      displayName: 'database',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/stack-trace-depth.ts', '<rootDir>/test/support/worker-store.ts'],
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
