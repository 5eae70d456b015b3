// Where a request's CPU goes in the Node process: seeds a synthetic corpus
// into the bench's embedded Neo4j, serves the targets in this process (as
// targets.ts does), sends one operation's requests one at a time to each
// target under V8's sampling profiler, and prints self time by package, by
// file of ours and by function, per request. The client's own fetch is in
// the profile too, the same for every target. Not a benchmark (the profiler
// itself costs time): a map of where to look, ours beside the limit.
//
//   npm run build && node dist/bench/profile-targets.js [--size 10k] [--operation nested] [--targets ours,limit] [--requests 3000] [--out prefix]
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import path from 'node:path';
import { repoRoot } from '../src/config';
import { seedCorpusDir } from '../src/seed/seeder';
import { startBenchDatabase } from './bench-db';
import { generateCorpus, readManifest } from './generate-corpus';
import { OPERATIONS } from './operations';
import type { Target } from './operations';
import { body, url } from './query-load';
import { startTargets } from './targets';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

function parseSize(text: string): number {
  const match = /^(\d+)(k|m)?$/i.exec(text);
  if (!match) throw new Error(`--size: expected e.g. 10k, got ${text}`);
  return Number(match[1]) * (match[2]?.toLowerCase() === 'k' ? 1000 : match[2]?.toLowerCase() === 'm' ? 1_000_000 : 1);
}

/** Which bucket a frame's time goes to: a package, a file of ours, node's internals, or V8's own work. */
function bucketOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'anonymous'})`;
  const inModules = url.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const rest = url.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node internals';
  const distAt = url.indexOf('/dist/');
  return distAt >= 0 ? url.slice(distAt + '/dist/'.length) : url;
}

function summarise(profile: CpuProfile, requests: number): string {
  const totalHits = profile.nodes.reduce((sum, node) => sum + node.hitCount, 0);
  const msPerHit = (profile.endTime - profile.startTime) / 1000 / Math.max(totalHits, 1);
  const byBucket = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const bucket = bucketOf(url, functionName);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + node.hitCount);
    const name = `${functionName || '(anonymous)'} ${bucket}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.hitCount);
  }
  const perRequest = (hits: number) => ((hits * msPerHit) / requests).toFixed(3);
  const table = (title: string, entries: Map<string, number>, top: number) =>
    [
      `${title} (ms per request, self time)`,
      ...[...entries]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, hits]) => `  ${perRequest(hits).padStart(7)}  ${name}`),
    ].join('\n');
  return [
    `${requests} requests, ${((profile.endTime - profile.startTime) / 1000 / requests).toFixed(3)} ms wall per request, ${perRequest(totalHits)} ms sampled`,
    table('by package or file', byBucket, 30),
    table('by function', byFunction, 40),
  ].join('\n\n');
}

async function main(): Promise<void> {
  const statements = parseSize(option('size', '10k'));
  const operationName = option('operation', 'nested');
  const requests = Number(option('requests', '3000'));
  const operation = OPERATIONS.find((candidate) => candidate.name === operationName);
  if (!operation) throw new Error(`--operation: one of ${OPERATIONS.map((o) => o.name).join(', ')}`);

  const corpusDir = path.join(repoRoot, 'bench', 'results', 'tmp', 'corpora', String(statements));
  const manifest = readManifest(corpusDir, statements) ?? generateCorpus(statements, corpusDir);
  const db = await startBenchDatabase({ pageCacheMb: 1024, heapMb: 2048 });
  const targets = await startTargets(db.uri, { proposed: false });
  try {
    await seedCorpusDir(db.executor, corpusDir);
    const inputs = operation.inputs(manifest);
    const targetNames = option('targets', 'ours,limit').split(',') as Target[];
    const out = option('out', '');
    for (const target of targetNames) {
      const send = async (index: number) => {
        const response = await fetch(url(targets.urls, target, operation), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(target, operation, inputs[index % inputs.length], 10),
        });
        const answer = (await response.json()) as { errors?: unknown[] };
        if (!response.ok || answer.errors)
          throw new Error(`${target} request ${index}: ${response.status} ${JSON.stringify(answer.errors)}`);
      };
      for (let i = 0; i < Math.min(requests, 500); i++) await send(i); // warm-up: JIT, plan cache, page cache

      const session = new inspector.Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
      for (let i = 0; i < requests; i++) await send(i);
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
      session.disconnect();

      if (out) fs.writeFileSync(`${out}-${target}.cpuprofile`, JSON.stringify(profile));
      console.log(`== ${target}: ${operationName} at ${statements} statements\n`);
      console.log(summarise(profile, requests) + '\n');
    }
  } finally {
    await targets.close();
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
