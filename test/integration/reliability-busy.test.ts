import { exampleQueries } from '../../src/graphql/warm-up';
import { coldPost, LoadOutcome, percentile, pollReady, readyTally, tally } from '../support/reliability-load';
import { OwnServer, sleep, startOwnServer } from '../support/reliability-server';

// Load is not an outage. A freshly started server (warmed up, as by
// default) meets 256 clients at once, each on a new connection: what it cannot serve
// in time is refused as SERVER_BUSY with Retry-After, never labelled
// SERVICE_UNAVAILABLE, and /ready stays up. Then the database stalls
// (SIGSTOP of its JVM, past the request deadline): requests hear
// SERVER_BUSY, not "ask for less", and /ready answers within its own
// deadline without reporting the database down.
const CONCURRENT = 256;
// Longer than REQUEST_TIMEOUT_MS (10 s), so requests meet their deadline inside the stall.
const STALL_MS = 12_000;

describe('busy is not down', () => {
  let own: OwnServer;
  const queries = exampleQueries();

  beforeAll(async () => {
    own = await startOwnServer('busy');
  }, 300_000);
  afterAll(() => own?.remove());

  const isBusyAnswer = (outcome: LoadOutcome) =>
    outcome.status === 503 && outcome.code === 'SERVER_BUSY' && outcome.retryAfter !== undefined;

  it(`serves or refuses as busy ${CONCURRENT} concurrent cold connections; /ready never reports down`, async () => {
    const ready = pollReady(own.origin);
    const started = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) => coldPost(own.origin, queries[i % queries.length].source)),
    );
    const elapsedMs = Date.now() - started;
    const readyAnswers = await ready.stop();
    const counts = tally(outcomes);
    const served = outcomes.filter((outcome) => outcome.status === 200).map((outcome) => outcome.ms);
    console.log(
      `busy: ${CONCURRENT} concurrent cold connections over ${queries.length} example queries in ${elapsedMs} ms: ` +
        `${JSON.stringify(counts)}; served p50 ${percentile(served, 50)} ms, p95 ${percentile(served, 95)} ms; ` +
        `/ready polled ${readyAnswers.length} times: ${JSON.stringify(readyTally(readyAnswers))}`,
    );

    expect(outcomes.filter((outcome) => outcome.code === 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.status !== 200 && !isBusyAnswer(outcome))).toEqual([]);
    expect(served.length).toBeGreaterThan(0);
    expect(readyAnswers.length).toBeGreaterThan(0);
    expect(readyAnswers.filter((answer) => answer.status !== 200)).toEqual([]);
  }, 300_000);

  it('answers SERVER_BUSY during a database stall, and /ready answers in time without reporting down', async () => {
    const pid = own.server.database.embedded!.pid;
    const ready = pollReady(own.origin, 500);
    process.kill(pid, 'SIGSTOP');
    let outcomes: LoadOutcome[];
    try {
      const requests = Array.from({ length: 20 }, (_, i) => coldPost(own.origin, queries[i % queries.length].source));
      await sleep(STALL_MS);
      outcomes = await Promise.all(requests);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const readyAnswers = await ready.stop();
    // The resumed JVM first works off what queued up during the stall (and
    // times out those transactions): requests succeed again within seconds;
    // the ceiling is generous for a loaded 2-core machine.
    const resumedAt = Date.now();
    let after = await coldPost(own.origin, queries[0].source);
    const afterCodes = [after.code];
    while (after.status !== 200 && Date.now() - resumedAt < 60_000) {
      await sleep(500);
      after = await coldPost(own.origin, queries[0].source);
      afterCodes.push(after.code);
    }
    const recoveredMs = Date.now() - resumedAt;
    const slowestReadyMs = Math.max(...readyAnswers.map((answer) => answer.ms));
    console.log(
      `stall: JVM ${pid} stopped for ${STALL_MS} ms: 20 requests ${JSON.stringify(tally(outcomes))}; ` +
        `/ready ${JSON.stringify(readyTally(readyAnswers))}, ` +
        `slowest ${slowestReadyMs} ms; after SIGCONT: 200 after ${recoveredMs} ms (answers meanwhile: ${afterCodes.join(', ')})`,
    );

    // A request the server took up late in the stall outlives it and is
    // served after SIGCONT; every other one is refused as busy.
    expect(outcomes.filter((outcome) => outcome.status !== 200 && !isBusyAnswer(outcome))).toEqual([]);
    expect(outcomes.filter(isBusyAnswer).length).toBeGreaterThan(0);
    expect(readyAnswers.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(readyAnswers.some((answer) => answer.database === 'busy')).toBe(true);
    // READY_TIMEOUT_MS is 2 s; the rest is slack for a loaded 2-core machine.
    expect(slowestReadyMs).toBeLessThan(5_000);
    expect(after.status).toBe(200);
  }, 180_000);
});
