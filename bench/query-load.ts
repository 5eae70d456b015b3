// Query latency and throughput of the five operations against the three
// targets (targets.ts), with autocannon: the targets agree on the data first,
// round trips per request are counted at two page sizes, then every
// (operation, concurrency) runs the three targets back to back, in a
// rotating order, for several rounds, so the ratios compare runs made
// seconds apart on the same machine.
import autocannon from 'autocannon';
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { CorpusManifest } from './generate-corpus';
import { OPERATIONS, TARGETS } from './operations';
import type { Target } from './operations';
import type { Operation } from './operations';
import type { RoundTripCounts, TargetUrls } from './targets';

export interface LoadSettings {
  concurrencies: number[];
  /** Seconds per measured run. */
  seconds: number;
  rounds: number;
  /** Seconds of unmeasured load per (operation, target) before the rounds. */
  warmupSeconds: number;
  /** Page size of the measured requests. */
  pageSize: number;
  /** Page sizes of the round-trip check: small and large. */
  roundTripSizes: [number, number];
  operations?: string[];
}

export const DEFAULT_LOAD_SETTINGS: LoadSettings = {
  concurrencies: [1, 16, 64],
  seconds: 5,
  rounds: 3,
  warmupSeconds: 3,
  pageSize: 10,
  roundTripSizes: [5, 50],
};

export interface RunResult {
  target: Target;
  round: number;
  requests: number;
  rps: number;
  /** Client-side latency, ms, from autocannon's per-response times (µs resolution). */
  p50: number;
  p99: number;
  /** Non-2xx answers, GraphQL `errors`, socket errors and timeouts. */
  errors: number;
  /** CPU time per request of the process serving the target and of Neo4j, ms (Linux /proc; null elsewhere). */
  nodeCpuMs: number | null;
  neo4jCpuMs: number | null;
}

export interface CellResult {
  operation: string;
  connections: number;
  runs: RunResult[];
  /** Median over rounds per target. */
  summary: Partial<
    Record<
      Target,
      { rps: number; p50: number; p99: number; errors: number; requests: number; nodeCpuMs: number; neo4jCpuMs: number }
    >
  >;
  /**
   * Medians over rounds of the per-round ratios (runs seconds apart):
   * `<a>Over<B>P50` is a's p50 over b's (below 1: a is faster), `...Rps`
   * the same for requests per second (above 1: a serves more).
   */
  ratios: Record<string, number>;
  /** Kept from the merged run (this run loaded other operations only: --operations). */
  fromMergedRun?: true;
}

export interface RoundTripResult {
  operation: string;
  target: Target;
  /** Per request, at the small and the large page size. */
  small: { size: number; queries: number; transactions: number };
  large: { size: number; queries: number; transactions: number };
}

export interface AgreementResult {
  operation: string;
  inputs: number;
  agree: boolean;
  /** The first disagreement, if any. */
  detail?: unknown;
}

/** Where each target answers; `proposed` only when that run has it. */
export type Endpoints = TargetUrls & {
  proposed?: string;
  proposedRoundTrips?: string;
  proposedPid?: number;
  neo4jPid?: number;
};

/** CPU time (user + system) of a process so far, ms; null where /proc is not there. */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
// USER_HZ: 100 on every Linux the benchmark runs on (getconf CLK_TCK).
const CLOCK_TICKS = 100;

/** Where a target takes an operation's requests. */
export function url(urls: Endpoints, target: Target, operation: Operation): string {
  if (target === 'limit') return `${urls.limit}/${operation.name}`;
  if (target === 'proposed') return urls.proposed!;
  return urls[target];
}

/** A target's request body for one input. */
export function body(target: Target, operation: Operation, input: Record<string, unknown>, size: number): string {
  if (target === 'limit') return JSON.stringify({ variables: { ...input, size } });
  const request = target === 'peer' ? operation.peer(input, size) : operation.ours(input, size);
  return JSON.stringify(request);
}

export function targetsOf(urls: Endpoints): Target[] {
  return TARGETS.filter((target) => target !== 'proposed' || urls.proposed !== undefined);
}

async function post(
  target: string,
  payload: string,
): Promise<{ status: number; json: { data?: unknown; errors?: unknown[] } }> {
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
  });
  return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

function selected(settings: Pick<LoadSettings, 'operations'>): Operation[] {
  return OPERATIONS.filter((operation) => !settings.operations || settings.operations.includes(operation.name));
}

/** Every input of every operation, asked of the three targets: the digests (ids in order, totals) must match. */
export async function checkAgreement(
  urls: Endpoints,
  manifest: CorpusManifest,
  settings: LoadSettings,
): Promise<AgreementResult[]> {
  const results: AgreementResult[] = [];
  for (const operation of selected(settings)) {
    const inputs = operation.inputs(manifest);
    let detail: unknown;
    for (const input of inputs) {
      const digests: Partial<Record<Target, unknown>> = {};
      for (const target of targetsOf(urls)) {
        const { status, json } = await post(
          url(urls, target, operation),
          body(target, operation, input, settings.pageSize),
        );
        if (status !== 200 || json.errors || !json.data) {
          detail ??= { input, target, status, errors: json.errors };
          continue;
        }
        digests[target] = operation.digest(target, json.data);
      }
      if (!detail && !targetsOf(urls).every((target) => isDeepStrictEqual(digests.ours, digests[target]))) {
        detail = { input, digests };
      }
    }
    results.push({
      operation: operation.name,
      inputs: inputs.length,
      agree: detail === undefined,
      ...(detail ? { detail } : {}),
    });
  }
  return results;
}

/** Round trips per request (counted on each target's driver), one request at a time, at a small and a large page size. */
export async function countRoundTrips(
  urls: Endpoints,
  manifest: CorpusManifest,
  settings: LoadSettings,
): Promise<RoundTripResult[]> {
  const results: RoundTripResult[] = [];
  for (const operation of selected(settings)) {
    const inputs = operation.inputs(manifest);
    for (const target of targetsOf(urls)) {
      const perSize = [];
      // The proposed variant runs in its own process, where it is "ours".
      const counter = target === 'proposed' ? urls.proposedRoundTrips! : urls.roundTrips;
      const key = target === 'proposed' ? 'ours' : target;
      for (const size of settings.roundTripSizes) {
        await fetch(counter, { method: 'POST' });
        for (const input of inputs) await post(url(urls, target, operation), body(target, operation, input, size));
        const counts = (await (await fetch(counter)).json()) as Record<string, RoundTripCounts>;
        perSize.push({
          size,
          queries: round(counts[key].queries / inputs.length, 2),
          transactions: round(counts[key].transactions / inputs.length, 2),
        });
      }
      results.push({ operation: operation.name, target, small: perSize[0], large: perSize[1] });
    }
  }
  return results;
}

/** One autocannon run: `connections` clients, each sending the next input as soon as its last answer is in. */
export async function loadRun(
  target: Target,
  urls: Endpoints,
  operation: Operation,
  inputs: Record<string, unknown>[],
  connections: number,
  seconds: number,
  size: number,
): Promise<Omit<RunResult, 'round'>> {
  const bodies = inputs.map((input) => body(target, operation, input, size));
  let next = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: url(urls, target, operation),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, responseBody) => {
          if (status === 200 && responseBody.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  // autocannon's promise is also its event emitter (the types only show the promise).
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    },
  );
  const servingPid = target === 'proposed' ? urls.proposedPid : urls.pid;
  const nodeBefore = cpuMs(servingPid);
  const neo4jBefore = cpuMs(urls.neo4jPid);
  const result = await instance;
  const nodeAfter = cpuMs(servingPid);
  const neo4jAfter = cpuMs(urls.neo4jPid);
  const perRequest = (before: number | null, after: number | null) =>
    before === null || after === null || result.requests.total === 0
      ? null
      : round((after - before) / result.requests.total, 2);
  latencies.sort((a, b) => a - b);
  return {
    target,
    requests: result.requests.total,
    rps: round(result.requests.total / seconds, 1),
    p50: round(percentile(latencies, 0.5), 2),
    p99: round(percentile(latencies, 0.99), 2),
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    nodeCpuMs: perRequest(nodeBefore, nodeAfter),
    neo4jCpuMs: perRequest(neo4jBefore, neo4jAfter),
  };
}

/** The alternating load: per operation and concurrency, rounds of ours, limit and peer back to back. */
export async function measureLoad(
  urls: Endpoints,
  manifest: CorpusManifest,
  settings: LoadSettings,
  log: (line: string) => void = () => undefined,
): Promise<CellResult[]> {
  const cells: CellResult[] = [];
  for (const operation of selected(settings)) {
    const inputs = operation.inputs(manifest);
    const targets = targetsOf(urls);
    for (const target of targets) {
      if (settings.warmupSeconds > 0)
        await loadRun(target, urls, operation, inputs, 16, settings.warmupSeconds, settings.pageSize);
    }
    for (const connections of settings.concurrencies) {
      const runs: RunResult[] = [];
      for (let round = 0; round < settings.rounds; round++) {
        // Rotate who goes first, so no target always follows the same one.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]);
        for (const target of order) {
          const run = await loadRun(target, urls, operation, inputs, connections, settings.seconds, settings.pageSize);
          runs.push({ ...run, round });
          log(
            `${operation.name} c=${connections} round ${round + 1} ${target}: ${run.rps} req/s p50 ${run.p50} ms p99 ${run.p99} ms errors ${run.errors}`,
          );
        }
      }
      cells.push(summarise(operation.name, connections, runs, settings.rounds, targets));
    }
  }
  return cells;
}

function summarise(
  operation: string,
  connections: number,
  runs: RunResult[],
  rounds: number,
  targets: Target[],
): CellResult {
  const of = (target: Target) => runs.filter((run) => run.target === target);
  const summary: CellResult['summary'] = {};
  for (const target of targets) {
    const mine = of(target);
    summary[target] = {
      rps: median(mine.map((run) => run.rps)),
      p50: median(mine.map((run) => run.p50)),
      p99: median(mine.map((run) => run.p99)),
      errors: mine.reduce((sum, run) => sum + run.errors, 0),
      requests: mine.reduce((sum, run) => sum + run.requests, 0),
      nodeCpuMs: median(mine.map((run) => run.nodeCpuMs ?? NaN)),
      neo4jCpuMs: median(mine.map((run) => run.neo4jCpuMs ?? NaN)),
    };
  }
  const perRound = (mine: Target, other: Target, field: 'p50' | 'rps') =>
    round(
      median(
        Array.from({ length: rounds }, (_, r) => {
          const a = runs.find((run) => run.target === mine && run.round === r);
          const b = runs.find((run) => run.target === other && run.round === r);
          return a && b && b[field] > 0 ? a[field] / b[field] : NaN;
        }),
      ),
      2,
    );
  const ratios: Record<string, number> = {};
  const name = (target: Target) => target[0].toUpperCase() + target.slice(1);
  for (const mine of targets.filter((t) => t === 'ours' || t === 'proposed')) {
    for (const other of targets.filter((t) => t === 'limit' || t === 'peer')) {
      ratios[`${mine}Over${name(other)}P50`] = perRound(mine, other, 'p50');
      ratios[`${mine}Over${name(other)}Rps`] = perRound(mine, other, 'rps');
    }
  }
  if (targets.includes('proposed')) ratios.proposedOverOursP50 = perRound('proposed', 'ours', 'p50');
  return { operation, connections, runs, summary, ratios };
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
