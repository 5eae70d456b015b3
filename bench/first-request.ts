// The first request of each example operation after a start, against the
// warm figure for the same operation, with the warm-up off and on:
//
//   npm run build && node dist/bench/first-request.js [--rounds 2] [--warm 7]
//
// Every round starts the server (and so its embedded Neo4j: a cold JVM) on
// one store of its own under .neo4j/bench-first-request, seeded from seed/
// at the first start; sends each operation of schema/examples.graphql once
// over HTTP (the first request), then `--warm` times more (their median is
// the warm p50); and stops. Rounds alternate off and on, so a machine whose
// load changes over the run affects both alike.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, repoRoot } from '../src/config';
import { exampleQueries } from '../src/graphql/warm-up';
import { createLogger } from '../src/logger';
import { startServer } from '../src/server';

const home = path.join(repoRoot, '.neo4j', 'bench-first-request');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** Milliseconds, and the error code when the request failed (a cold plan can pass the Cypher timeout). */
async function timePost(origin: string, query: string): Promise<{ ms: number; failed?: string }> {
  const started = performance.now();
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const ms = performance.now() - started;
  if (response.status !== 200 || body.errors)
    return { ms, failed: `${response.status} ${body.errors?.[0]?.extensions?.code}` };
  return { ms };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Round {
  warmup: boolean;
  startMs: number;
  operations: { name: string; firstMs: number; firstFailed?: string; warmP50Ms: number }[];
}

async function round(warmup: boolean, warmRuns: number): Promise<Round> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_EMBEDDED_HOME: home,
    PORT: '0',
    WARMUP: warmup ? 'on' : 'off',
  });
  const started = Date.now();
  const server = await startServer(config, createLogger('warn', 'bench-first-request'));
  const origin = `http://127.0.0.1:${server.port}`;
  try {
    // Measured from the moment a load balancer would send traffic.
    while ((await fetch(`${origin}/ready`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    const startMs = Date.now() - started;
    const operations = [];
    for (const query of exampleQueries()) {
      const first = await timePost(origin, query.source);
      const warm = [];
      for (let i = 0; i < warmRuns; i++) warm.push((await timePost(origin, query.source)).ms);
      operations.push({ name: query.name, firstMs: first.ms, firstFailed: first.failed, warmP50Ms: median(warm) });
    }
    return { warmup, startMs, operations };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const rounds = option('rounds', 1);
  const warmRuns = option('warm', 7);
  if (process.argv.includes('--fresh')) fs.rmSync(home, { recursive: true, force: true });
  const results: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const warmup of [false, true]) {
      const result = await round(warmup, warmRuns);
      results.push(result);
      console.log(`\nWARMUP=${warmup ? 'on' : 'off'}: server ready in ${result.startMs} ms`);
      console.log('| operation | first request (ms) | warm p50 (ms) | first / p50 |');
      console.log('|---|---:|---:|---:|');
      for (const op of result.operations) {
        console.log(
          `| ${op.name} | ${op.firstMs.toFixed(1)}${op.firstFailed ? ` (${op.firstFailed})` : ''} | ` +
            `${op.warmP50Ms.toFixed(1)} | ${(op.firstMs / op.warmP50Ms).toFixed(1)} |`,
        );
      }
    }
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
