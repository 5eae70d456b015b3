import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PooledEngine } from '../../src/analytics/analytics-engine';
import { AnalyticsPool } from '../../src/analytics/analytics-pool';
import { AnalyticsSession } from '../../src/analytics/session';
import { connectTestDatabase, TestDatabase } from '../support/test-database';
import { postGraphql, startTestServer } from '../support/test-server';

// Analytics off the event loop and cached per graph version, against the
// run's real Neo4j. The servers run in this process, so the event-loop delay
// measured here is theirs.

const REPORTS =
  'centrality { actors { actor { id } pageRank betweenness } } communities { modularity membership { actor { id } community } } deadlocks { deadlocks { id kind } } stanceMatrix { cells { from { id } to { id } set rejected } } positions { actors { actor { id } } }';
// Fifteen aliases of every report, the request of the finding (cost raised so it runs).
const HEAVY = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: analytics(level: ${i % 2 ? 'SIDE' : 'ACTOR'}) { ...R }`).join(' ')} } fragment R on Analytics { ${REPORTS} }`;
const LIGHT = '{ actors(first: 1) { nodes { name } } }';

interface LoadFigures {
  heavyAnswered: number;
  heavyStatuses: Record<number, number>;
  lightAnswered: number;
  lightFailed: number;
  lightMaxMs: number;
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
}

/** Four clients sending HEAVY back to back while one sends LIGHT, for `ms`. */
async function heavyLoad(origin: string, ms: number): Promise<LoadFigures> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const stopAt = Date.now() + ms;
  let heavyAnswered = 0;
  let lightFailed = 0;
  const heavyStatuses: Record<number, number> = {};
  const lightMs: number[] = [];
  // Heavy requests may fail under this load (on the loop, the driver's pool
  // runs dry); what is measured is what everyone else gets meanwhile.
  const heavy = Array.from({ length: 4 }, async () => {
    while (Date.now() < stopAt) {
      const response = await postGraphql(origin, HEAVY);
      heavyStatuses[response.status] = (heavyStatuses[response.status] ?? 0) + 1;
      if (!response.body.errors) heavyAnswered += 1;
    }
  });
  const light = (async () => {
    while (Date.now() < stopAt) {
      const started = Date.now();
      const response = await postGraphql(origin, LIGHT);
      if (response.body.errors) lightFailed += 1;
      lightMs.push(Date.now() - started);
    }
  })();
  await Promise.all([...heavy, light]);
  histogram.disable();
  return {
    heavyAnswered,
    heavyStatuses,
    lightAnswered: lightMs.length,
    lightFailed,
    lightMaxMs: Math.max(...lightMs),
    loopDelayMaxMs: Math.round(histogram.max / 1e6),
    loopDelayP99Ms: Math.round(histogram.percentile(99) / 1e6),
  };
}

describe('analytics off the event loop', () => {
  // Cache off: every request computes, so the load is as heavy as it can be.
  const env = { MAX_COST: '1000000', ANALYTICS_CACHE_TTL_MS: '0', RATE_LIMIT_MAX: '0' };

  it('keeps the event loop free while four clients run fifteen-alias analytics (against the same on the loop)', async () => {
    const onLoop = await startTestServer({ ...env, ANALYTICS_WORKERS: '0' });
    let before: LoadFigures;
    try {
      before = await heavyLoad(onLoop.origin, 5_000);
    } finally {
      await onLoop.close();
    }
    const pooled = await startTestServer({ ...env, ANALYTICS_WORKERS: '1' });
    let after: LoadFigures;
    try {
      // Start the worker before measuring, as a running server has.
      await postGraphql(pooled.origin, '{ analytics { deadlocks { method } } }');
      after = await heavyLoad(pooled.origin, 5_000);
    } finally {
      await pooled.close();
    }
    console.log(
      `analytics under load, on the event loop: ${JSON.stringify(before)}; on a worker: ${JSON.stringify(after)}`,
    );
    expect(after.heavyAnswered).toBeGreaterThan(0);
    expect(after.lightFailed).toBe(0);
    // On the loop each heavy request holds it for as long as it computes; on
    // a worker the loop only hands tasks out and results back. The ceilings
    // are generous: the machine running the suite may be busy.
    expect(after.loopDelayP99Ms).toBeLessThan(500);
    expect(after.loopDelayP99Ms * 2).toBeLessThan(before.loopDelayMaxMs);
    expect(after.lightMaxMs).toBeLessThan(4_000);
    expect(after.lightAnswered).toBeGreaterThan(before.lightAnswered * 2);
  });
});

describe('analytics results cached per graph version', () => {
  let database: TestDatabase;
  let pool: AnalyticsPool;
  let engine: PooledEngine;
  const marker = `PricingProbe${process.pid}`;

  beforeAll(() => {
    database = connectTestDatabase();
    pool = new AnalyticsPool(1);
    engine = new PooledEngine(pool, { ttlMs: 60_000 });
  });
  afterAll(async () => {
    await database.executor.writeTransaction((tx) => tx.run('MATCH (n:PricingProbe) DELETE n'));
    await pool.close();
    await database.close();
  });

  /** A fresh session, as each request makes, recording its database reads. */
  function session(level: 'ACTOR' | 'SIDE' = 'ACTOR') {
    const reads: string[] = [];
    return { reads, analytics: new AnalyticsSession(database.executor, { level }, (name) => reads.push(name), engine) };
  }

  it('answers a second identical analytics from the cache: no snapshot read, no computing, the same numbers', async () => {
    const first = session();
    const computed = await first.analytics.centrality();
    expect(first.reads).toContain('graph-version');
    expect(first.reads).toContain('analytics-statements');

    const second = session();
    const started = process.hrtime.bigint();
    const cached = await second.analytics.centrality();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(second.reads).toEqual(['graph-version']);
    // The very object computed the first time, not a recomputation.
    expect(cached).toBe(computed);
    console.log(`cached centrality answered in ${ms.toFixed(1)} ms`);

    // The worker computes what the CLI computes on its own thread.
    expect(cached).toEqual(await new AnalyticsSession(database.executor, { level: 'ACTOR' }).centrality());
  });

  it('keys results by level and arguments too', async () => {
    await session('ACTOR').analytics.deadlocks();
    const side = session('SIDE');
    await side.analytics.communities();
    expect(side.reads).toContain('analytics-statements');
    const again = session('SIDE');
    await again.analytics.communities();
    expect(again.reads).toEqual(['graph-version']);
  });

  it('computes again once the graph has changed (a write moves the graph version)', async () => {
    await session().analytics.stanceMatrix();
    const cachedRun = session();
    await cachedRun.analytics.stanceMatrix();
    expect(cachedRun.reads).toEqual(['graph-version']);

    await database.executor.writeTransaction((tx) => tx.run('CREATE (:PricingProbe {marker: $marker})', { marker }));
    const afterWrite = session();
    await afterWrite.analytics.stanceMatrix();
    expect(afterWrite.reads).toContain('analytics-statements');
  });
});
