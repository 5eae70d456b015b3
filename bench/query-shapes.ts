// Where our time goes inside Neo4j: every named query the API ran for the
// benchmark operations (captured by targets.ts while tracing), replayed
// through the driver one at a time, current text against the proposed shape
// of cypher-proposals.ts, alternating, with a check that both return the
// same records.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { isDeepStrictEqual } from 'node:util';
import { repoRoot } from '../src/config';
import { cypherProposals } from './cypher-proposals';
import type { TracedQuery } from './targets';

export interface ShapeResult {
  operation: string;
  query: string;
  /** Rows matched before paging (the `total` the query returns), where it has one. */
  total: number | null;
  currentMs: number;
  proposedMs: number | null;
  speedup: number | null;
  sameResult: boolean | null;
  error?: string;
}

/** JSON turned Integers into {low, high}; give them back to the driver as integers. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && keys.includes('low') && keys.includes('high')) {
      const { low, high } = value as { low: number; high: number };
      return neo4j.int(neo4j.Integer.fromBits(low, high));
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

export function queryNameOf(cypher: string): string | null {
  const dir = path.join(repoRoot, 'cypher', 'queries');
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith('.cypher') && fs.readFileSync(path.join(dir, file), 'utf8') === cypher)
      return file.replace(/\.cypher$/, '');
  }
  return null;
}

async function timeQuery(driver: Driver, cypher: string, params: unknown): Promise<{ ms: number; records: unknown[] }> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const started = process.hrtime.bigint();
    const result = await session.executeRead((tx) => tx.run(cypher, params as Record<string, unknown>));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { ms, records: result.records.map((r) => r.toObject()) };
  } finally {
    await session.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Each distinct (query, parameters) of each operation, current vs proposed, `iterations` times each, alternating. */
export async function compareQueryShapes(
  driver: Driver,
  traces: Record<string, TracedQuery[]>,
  iterations = 15,
): Promise<ShapeResult[]> {
  const proposals = new Map(cypherProposals().proposals.map((p) => [p.name, p.proposed]));
  const results: ShapeResult[] = [];
  for (const [operation, queries] of Object.entries(traces)) {
    const seen = new Set<string>();
    for (const query of queries) {
      const name = queryNameOf(query.cypher) ?? 'unnamed';
      const key = `${name} ${JSON.stringify(query.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const params = revive(query.params);
      try {
        results.push(await compareOne(driver, operation, name, query.cypher, params, proposals.get(name), iterations));
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0];
        results.push({
          operation,
          query: name,
          total: null,
          currentMs: NaN,
          proposedMs: null,
          speedup: null,
          sameResult: null,
          error: reason,
        });
      }
    }
  }
  return results;
}

async function compareOne(
  driver: Driver,
  operation: string,
  name: string,
  cypher: string,
  params: unknown,
  proposed: string | undefined,
  iterations: number,
): Promise<ShapeResult> {
  const current: number[] = [];
  const candidate: number[] = [];
  let same: boolean | null = null;
  let total: number | null = null;
  for (let i = 0; i < iterations; i++) {
    const a = await timeQuery(driver, cypher, params);
    current.push(a.ms);
    const first = a.records[0] as { total?: number } | undefined;
    if (typeof first?.total === 'number') total = first.total;
    if (proposed) {
      const b = await timeQuery(driver, proposed, params);
      candidate.push(b.ms);
      if (same === null) same = isDeepStrictEqual(a.records, b.records);
    }
  }
  // The cursor path too: the same query after the second entry of its first page.
  if (proposed && same) {
    const first = (await timeQuery(driver, cypher, params)).records[0] as
      { page?: { key: string; tie: string }[] } | undefined;
    const entry = first?.page?.[1];
    if (entry && params && typeof params === 'object' && 'after' in params) {
      const withCursor = { ...(params as Record<string, unknown>), after: [entry.key, entry.tie] };
      const a = await timeQuery(driver, cypher, withCursor);
      const b = await timeQuery(driver, proposed, withCursor);
      same = isDeepStrictEqual(a.records, b.records);
    }
  }
  const currentMs = median(current);
  const proposedMs = proposed ? median(candidate) : null;
  return {
    operation,
    query: name,
    total,
    currentMs: Math.round(currentMs * 100) / 100,
    proposedMs: proposedMs === null ? null : Math.round(proposedMs * 100) / 100,
    speedup: proposedMs ? Math.round((currentMs / proposedMs) * 100) / 100 : null,
    sameResult: same,
  };
}
