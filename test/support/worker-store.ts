import { SCRATCH_URI_VARIABLE, scratchUriVariable, storeUriVariable, TEST_URI_VARIABLE } from './test-database';

// Runs before each database test file (jest `setupFiles`): points
// PEACEGRAPH_TEST_NEO4J_URI and PEACEGRAPH_TEST_SCRATCH_NEO4J_URI at this
// jest worker's own stores, so every reader of them (test-database.ts,
// test-server.ts, scratch-store.ts, the CLI children a test spawns) talks to
// stores no other worker writes to. JEST_WORKER_ID is 1 in band.
const worker = Number(process.env.JEST_WORKER_ID ?? 1);
const own = process.env[storeUriVariable(worker)];
if (own) process.env[TEST_URI_VARIABLE] = own;
const scratch = process.env[scratchUriVariable(worker)];
if (scratch) process.env[SCRATCH_URI_VARIABLE] = scratch;
