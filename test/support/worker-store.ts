import { storeUriVariable, TEST_URI_VARIABLE } from './test-database';

// Runs before each database test file (jest `setupFiles`): points
// PEACEGRAPH_TEST_NEO4J_URI at this jest worker's own store, so every reader
// of it (test-database.ts, test-server.ts, the CLI children a test spawns)
// talks to the store no other worker writes to. JEST_WORKER_ID is 1 in band.
const own = process.env[storeUriVariable(Number(process.env.JEST_WORKER_ID ?? 1))];
if (own) process.env[TEST_URI_VARIABLE] = own;
