// `npm run bench:feed`: what the change feed costs and how fast it delivers,
// on an embedded Neo4j of its own (.neo4j/bench-feed, fresh each run)
// seeded with the annotations under seed/, and one API server in this process.
//
//   1. delivery latency, commit to client, with 1, 100 and 1,000 graphql-ws
//      subscribers (graphChanged(types: [Statement]); 50 subscriptions per
//      socket): one addStatement at a time, each subscriber's receive time
//      less the record's `at` (Neo4j's clock when the records were appended,
//      the write's last step before its commit);
//   2. write throughput, addStatement one after the other, with the feed on
//      and off (PEACEGRAPH_CHANGE_FEED), in alternating rounds.
//
// The clients run in this process too, so their work counts in the latency.
// Options (after `npm run bench:feed --`): --writes 20 --rounds 3 --subscribers 1,100,1000
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig, repoRoot } from '../src/config';
import { createLogger } from '../src/logger';
import { startServer } from '../src/server';
import { neo4jMemory, openBenchDatabase } from './bench-db';

const SUBSCRIPTIONS_PER_SOCKET = 50;

interface Options {
  writes: number;
  rounds: number;
  subscribers: number[];
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 && argv[index + 1] ? argv[index + 1] : fallback;
  };
  return {
    writes: Number(value('writes', '20')),
    rounds: Number(value('rounds', '3')),
    subscribers: value('subscribers', '1,100,1000').split(',').map(Number),
  };
}

/** Writes one statement after another into one article of the bench's own. */
class StatementWriter {
  private count = 0;
  private readonly token = `bench${randomBytes(3).toString('hex')}`;
  private readonly text = `Bench report ${this.token}.\nThe minister said the talks would go on.\n`;

  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {}

  async article(): Promise<void> {
    await this.send('mutation($input: AddArticleInput!) { addArticle(input: $input) { id } }', {
      id: `article-${this.token}`,
      file: `${this.token}.txt`,
      title: `Bench ${this.token}`,
      titleIsHeadline: false,
      published: { value: '2025-03', precision: 'MONTH', cue: 'bench', inferred: true },
      text: this.text,
    });
  }

  async statement(): Promise<void> {
    this.count += 1;
    await this.send('mutation($input: AddStatementInput!) { addStatement(input: $input) { id } }', {
      id: `stmt-${this.token}-${String(this.count).padStart(4, '0')}`,
      article: `article-${this.token}`,
      speaker: 'actor-russia',
      date: { value: '2025-03', precision: 'MONTH', cue: 'bench', inferred: true },
      paraphrase: `Talks go on (${this.count}).`,
      plover: { type: 'CONSULT', cameo: '040' },
      evidence: { start: this.text.indexOf('The minister'), end: this.text.length - 1 },
    });
  }

  private async send(query: string, input: Record<string, unknown>): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.key },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`write refused: ${JSON.stringify(body.errors)}`);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function deliveryLatency(
  port: number,
  key: string,
  writer: StatementWriter,
  subscribers: number,
  writes: number,
) {
  const sockets: Client[] = [];
  const latencies: number[] = [];
  let delivered = 0;
  const expected = subscribers * writes;
  let allDelivered: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allDelivered = resolve));
  for (let index = 0; index < subscribers; index++) {
    if (index % SUBSCRIPTIONS_PER_SOCKET === 0) {
      sockets.push(
        createClient({
          url: `ws://127.0.0.1:${port}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { 'x-api-key': key },
          retryAttempts: 0,
        }),
      );
    }
    sockets[sockets.length - 1].subscribe<{ graphChanged: { at: string } }>(
      { query: 'subscription { graphChanged(types: [Statement]) { cursor at } }' },
      {
        next: (result) => {
          latencies.push(Date.now() - Date.parse(result.data!.graphChanged.at));
          delivered += 1;
          if (delivered === expected) allDelivered();
        },
        error: (error) => console.error('subscription error', error),
        complete: () => undefined,
      },
    );
  }
  // The subscriptions are set up server-side once a query round trip on each socket has been answered.
  await new Promise((resolve) => setTimeout(resolve, 2_000 + subscribers * 5));
  for (let write = 0; write < writes; write++) await writer.statement();
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 60_000))]);
  for (const socket of sockets) await socket.dispose();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    subscribers,
    writes,
    delivered,
    expected,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1],
  };
}

async function writeThroughput(writer: StatementWriter, writes: number, rounds: number) {
  const perRound: { feed: 'on' | 'off'; writesPerSecond: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const feed of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      process.env.PEACEGRAPH_CHANGE_FEED = feed;
      const started = process.hrtime.bigint();
      for (let write = 0; write < writes; write++) await writer.statement();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      perRound.push({ feed, writesPerSecond: writes / seconds });
    }
  }
  process.env.PEACEGRAPH_CHANGE_FEED = 'on';
  const mean = (feed: 'on' | 'off') => {
    const rates = perRound.filter((round) => round.feed === feed).map((round) => round.writesPerSecond);
    return rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
  };
  const on = mean('on');
  const off = mean('off');
  return { writesPerRound: writes, rounds: perRound, feedOn: on, feedOff: off, costPercent: (1 - on / off) * 100 };
}

async function main(): Promise<void> {
  const settings = options(process.argv.slice(2));
  const load = () => os.loadavg().map((value) => Number(value.toFixed(2)));
  const loadBefore = load();
  const database = await openBenchDatabase(path.join(repoRoot, '.neo4j', 'bench-feed'), neo4jMemory(1_000), {
    fresh: true,
  });
  const key = `bench-${randomBytes(12).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: database.uri,
    PORT: '0',
    HOST: '127.0.0.1',
    API_KEYS: `bench:${key}:editor`,
    WARMUP: 'off',
    RATE_LIMIT_MAX: '0',
    // The machine may be loaded: a write must not fail on the request deadline mid-measurement.
    REQUEST_TIMEOUT_MS: '60000',
    CYPHER_TIMEOUT_MS: '55000',
  });
  const server = await startServer(config, createLogger(process.env.LOG_LEVEL ?? 'warn', 'bench-feed'));
  try {
    const writer = new StatementWriter(server.url, key);
    await writer.article();
    // Writes first, with and without the feed: the JVM's first plans are slow, and get faster for a while.
    for (let warm = 0; warm < 10; warm++) {
      process.env.PEACEGRAPH_CHANGE_FEED = warm % 2 === 0 ? 'on' : 'off';
      await writer.statement();
    }
    process.env.PEACEGRAPH_CHANGE_FEED = 'on';
    const latency = [];
    for (const subscribers of settings.subscribers) {
      const result = await deliveryLatency(server.port, key, writer, subscribers, settings.writes);
      console.log(JSON.stringify(result));
      latency.push(result);
    }
    const throughput = await writeThroughput(writer, settings.writes, settings.rounds * 2);
    console.log(JSON.stringify(throughput));
    const report = {
      at: new Date().toISOString(),
      cpus: os.cpus().length,
      loadAverage: { before: loadBefore, after: load() },
      latency,
      throughput,
    };
    const file = path.join(repoRoot, 'bench', 'results', `feed-${report.at.replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nsubscribers  delivered     p50 ms  p99 ms  (commit -> client)`);
    for (const row of latency) {
      console.log(
        `${String(row.subscribers).padStart(11)}  ${`${row.delivered}/${row.expected}`.padStart(11)}  ${String(row.p50Ms).padStart(7)}  ${String(row.p99Ms).padStart(6)}`,
      );
    }
    console.log(
      `write throughput: feed on ${throughput.feedOn.toFixed(2)}/s, off ${throughput.feedOff.toFixed(2)}/s, ` +
        `cost ${throughput.costPercent.toFixed(1)}%`,
    );
    console.log(
      `load average before ${loadBefore.join(' ')}, after ${report.loadAverage.after.join(' ')}; wrote ${file}`,
    );
  } finally {
    await server.close();
    await database.close();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
