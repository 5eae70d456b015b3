import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { isOurLauncher } from '../../src/db/stale-launcher';
import { readStoreOwner } from '../../src/db/store-owner';
import { exampleQueries } from '../../src/graphql/warm-up';
import { postQuery } from '../support/hardening-http';
import { coldPost, LoadOutcome, percentile, pollReady, readyTally, tally } from '../support/reliability-load';
import { GRAPH_COUNTS_QUERY, OwnServer, sleep, startOwnServer } from '../support/reliability-server';

// The server's reliability, on one server with an embedded Neo4j of its own
// (these tests stall and kill its JVM), in this order: the warm-up must meet
// the first requests after the start; the load and the stall then meet a
// server that has only warmed up and answered those few; the command line
// works beside it; the JVM is killed last, as the one restart the server
// makes. One Neo4j start and one seed for the four, each of which was once
// a suite with a server of its own.
let own: OwnServer;

beforeAll(async () => {
  own = await startOwnServer('reliability', { WARMUP: 'on' });
}, 300_000);
afterAll(() => own?.remove());

// The warm-up (WARMUP=on, the default) runs every example query once after
// the start, before the server listens: so on a freshly started JVM the first
// request of each example operation costs about what a warm one does.
// Without it the first request of a shape took 0.25-4.2 s here (planning on
// a cold JVM; bench/first-request.ts measures both).
const WARM_RUNS = 7;
// 3x the warm p50, plus a fixed allowance for the noise of a 2-core machine
// shared with other jobs (warm p50s of the same query ranged 20-300 ms
// between runs there); a cold first request costs 0.8-8 s on that machine
// (bench/first-request.ts), far above the allowance.
const NOISE_ALLOWANCE_MS = 250;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('warm-up after a start', () => {
  it('ran every example query before the server said ready', async () => {
    const done = own.logs.find((line) => line.msg.startsWith('warm-up done'));
    const listening = own.logs.findIndex((line) => line.msg === 'GraphQL server listening');
    console.log(`warm-up: ${JSON.stringify({ operations: done?.operations, ms: done?.milliseconds })}`);
    expect(done).toMatchObject({ operations: exampleQueries().length, failed: [] });
    expect(own.logs.indexOf(done!)).toBeLessThan(listening);
    expect((await own.ready()).body).toMatchObject({ ready: true, warmup: 'done' });
  });

  it('answers the first request of each example operation within 3x its warm p50', async () => {
    const figures: { name: string; firstMs: number; warmP50Ms: number }[] = [];
    for (const query of exampleQueries()) {
      const first = await postQuery(own.origin, query.source);
      expect(first.status).toBe(200);
      const warm = [];
      for (let i = 0; i < WARM_RUNS; i++) warm.push((await postQuery(own.origin, query.source)).ms);
      figures.push({ name: query.name, firstMs: first.ms, warmP50Ms: median(warm) });
    }
    console.log(
      `first request after a warmed start vs warm p50 (ms):\n${figures
        .map((f) => `  ${f.name}: ${f.firstMs} vs ${f.warmP50Ms}`)
        .join('\n')}`,
    );
    const tooSlow = figures.filter((f) => f.firstMs > 3 * f.warmP50Ms + NOISE_ALLOWANCE_MS);
    expect(tooSlow).toEqual([]);
  }, 120_000);
});

// Load is not an outage. A server just started (warmed up, as by default,
// and past the warm-up test's few requests) meets 256 clients at once, each on a new connection: what it cannot serve
// in time is refused as SERVER_BUSY with Retry-After, never labelled
// SERVICE_UNAVAILABLE, and /ready stays up. Then the database stalls
// (SIGSTOP of its JVM, past the request deadline): requests hear
// SERVER_BUSY, not "ask for less", and /ready answers within its own
// deadline without reporting the database down.
const CONCURRENT = 256;
// Longer than REQUEST_TIMEOUT_MS (10 s), so requests meet their deadline inside the stall.
const STALL_MS = 12_000;

describe('busy is not down', () => {
  const queries = exampleQueries();

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

// The command line beside a running server, on the same embedded store and
// without NEO4J_URI: it works through the server's database (found in the
// owner file next to the store) or refuses with a message that says what to
// do; it never stops the database the server works with.
const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

function runCli(home: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: home, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the command line beside a running server', () => {
  let launcherPid: number;

  beforeAll(() => {
    launcherPid = own.server.database.embedded!.pid;
  });

  async function serverStillReady(): Promise<void> {
    expect((await own.ready()).status).toBe(200);
    expect(own.server.database.embedded!.pid).toBe(launcherPid);
    expect(isOurLauncher(launcherPid)).toBe(true);
  }

  it('announces the running database next to the store', () => {
    expect(readStoreOwner(own.home)).toMatchObject({
      ownerPid: process.pid,
      launcherPid,
      uri: own.server.database.uri,
      ready: true,
    });
  });

  it('counts through the running database', async () => {
    const graph = (await postQuery(own.origin, GRAPH_COUNTS_QUERY)).json?.data?.graphStats as {
      nodes: { name: string; count: number }[];
    };
    const actors = graph.nodes.find((node) => node.name === 'Actor')!.count;
    const result = await runCli(own.home, 'counts');
    console.log(`cli counts beside the server: exit ${result.code}; ${result.stdout.trim().split('\n').join(' | ')}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`working through the embedded Neo4j of the running process ${process.pid}`);
    expect(result.stdout).toMatch(new RegExp(`nodes:.*Actor=${actors}\\b`));
    await serverStillReady();
  }, 120_000);

  it('seeds through the running database, and the graph is unchanged (seeding is idempotent)', async () => {
    const before = await postQuery(own.origin, GRAPH_COUNTS_QUERY);
    const result = await runCli(own.home, 'seed');
    console.log(`cli seed beside the server: exit ${result.code}; ${result.stdout.trim().split('\n').pop()}`);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('stopped an embedded Neo4j');
    expect((await postQuery(own.origin, GRAPH_COUNTS_QUERY)).json?.data).toEqual(before.json?.data);
    await serverStillReady();
  }, 180_000);

  it('refuses to start a second Neo4j on the store, saying who holds it and how to reach it', async () => {
    const result = await runCli(own.home, 'neo4j');
    console.log(`cli neo4j beside the server: exit ${result.code}; ${result.stderr.trim()}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`in use by process ${process.pid}`);
    expect(result.stderr).toContain(`NEO4J_URI=${own.server.database.uri}`);
    await serverStillReady();
  }, 120_000);
});

// A SIGKILLed launcher JVM (an OOM kill, a crash) is noticed, logged and
// started again on the same store by the server that owns it, which is
// never restarted itself.

// Generous ceiling. The aim is ready again within 30 s, and a restart alone
// takes 10-20 s here when the machine is quiet (a JVM start with Neo4j's
// recovery of a store that was not shut down cleanly, then the warm-up). In
// the full suite two jest workers share the two cores with other servers'
// JVMs, and the same restart has taken 42 s; a ceiling at the aim would fail
// on load, not on the code. When even this server's own first (clean) JVM
// start took longer, the restart is allowed twice that. The figure is printed.
const RECOVERY_CEILING_MS = 90_000;

function firstStartMs(own: OwnServer): number {
  const at = (message: string) => Number(own.logs.find((line) => line.msg === message)?.time);
  return at('embedded Neo4j ready') - at('starting embedded Neo4j');
}

describe('supervision of the embedded Neo4j', () => {
  it('restarts a killed launcher JVM on the same store and becomes ready again with the same graph', async () => {
    const before = await postQuery(own.origin, GRAPH_COUNTS_QUERY);
    expect(before.status).toBe(200);
    const killedPid = own.server.database.embedded!.pid;
    const uriBefore = own.server.database.uri;

    const ceilingMs = Math.max(RECOVERY_CEILING_MS, 2 * firstStartMs(own));
    process.kill(killedPid, 'SIGKILL');
    const killedAt = Date.now();
    const states = new Set<string>();
    let restarting: Record<string, unknown> | undefined;
    let readyAfterMs: number | undefined;
    while (Date.now() - killedAt < ceilingMs + 30_000) {
      const { status, body } = await own.ready();
      states.add(`${status} ${String(body?.database)}`);
      if (body?.database === 'restarting') restarting ??= body;
      if (status === 200) {
        readyAfterMs = Date.now() - killedAt;
        break;
      }
      await sleep(250);
    }
    const after = await postQuery(own.origin, GRAPH_COUNTS_QUERY);
    const newPid = own.server.database.embedded!.pid;
    console.log(
      `supervision: launcher ${killedPid} SIGKILLed, /ready 200 again after ${readyAfterMs} ms ` +
        `(ceiling ${ceilingMs} ms; the first JVM start took ${firstStartMs(own)} ms) ` +
        `(states seen: ${[...states].join(', ')}); new launcher ${newPid} at ${own.server.database.uri}`,
    );

    expect(readyAfterMs).toBeDefined();
    expect(readyAfterMs!).toBeLessThan(ceilingMs);
    expect(restarting).toMatchObject({ ready: false, database: 'restarting', restart: { attempt: 1 } });
    // Ready again means warm again: the example queries ran on the new JVM.
    expect(own.logs.filter((line) => line.msg.startsWith('warm-up'))).toHaveLength(2);
    expect(after.status).toBe(200);
    expect(after.json?.data).toEqual(before.json?.data);
    expect(newPid).not.toBe(killedPid);
    expect(isOurLauncher(newPid)).toBe(true);
    expect(own.server.database.uri).toBe(uriBefore);
    // The files next to the store name the new launcher, not the dead one.
    expect(fs.readFileSync(path.join(own.home, 'launcher.pid'), 'utf8')).toBe(String(newPid));
    expect(readStoreOwner(own.home)).toMatchObject({ ownerPid: process.pid, launcherPid: newPid, ready: true });
    const exitLog = own.logs.find((line) => line.msg.startsWith('embedded Neo4j exited unexpectedly'));
    expect(exitLog).toMatchObject({ level: 50, pid: killedPid, exit: 'signal SIGKILL' });
    expect(own.logs.some((line) => line.msg === 'embedded Neo4j restarted')).toBe(true);
    expect(own.fatal).toEqual([]);
  }, 180_000);
});
