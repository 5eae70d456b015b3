// Where full-text search spends its time at the database (at 100k
// statements ours, the hand-written Cypher and @neo4j/graphql tie on search,
// because all three run the same index query and the database dominates).
// Times, on the store the last `npm run bench` left under .neo4j/bench, the
// named query ours runs and its two halves (the count, the sorted top page),
// one-pass variants, and the hand-written limit, in alternating rounds.
//
//   node dist/bench/search-cost.js [statements=100000] [rounds=5]
// The model's classes carry type-graphql decorators, which need the metadata polyfill first.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { BENCH_HOME, neo4jMemory, openBenchDatabase } from './bench-db';
import { OPERATIONS } from './operations';
import type { CorpusManifest } from './generate-corpus';
import { repoRoot } from '../src/config';
import { StatementSort } from '../src/model/sort.enum';
import { statementsRead } from '../src/repositories/statement.repository';
import { specialisedQuery } from '../src/db/named-queries';
import { storeExists } from '../src/db/neo4j-admin-import';

const MATCH = `CALL db.index.fulltext.queryNodes('statement_search', $search) YIELD node AS n`;

/** The variants besides ours: each answers (part of) the same page of 10, newest first. */
const VARIANTS: Record<string, string> = {
  'count only': `${MATCH} RETURN count(n) AS total`,
  'sorted top only': `${MATCH} WITH n, n.date AS key, n.id AS tie ORDER BY key DESC, tie DESC LIMIT 10 RETURN collect(n.id) AS ids`,
  'top by date only (no tie)': `${MATCH} WITH n, n.date AS key ORDER BY key DESC LIMIT 10 RETURN collect(n.id) AS ids`,
  'one pass (sort all, count the list)': `${MATCH} WITH n, n.date AS key, n.id AS tie ORDER BY key DESC, tie DESC
WITH collect(n) AS matched RETURN size(matched) AS total, [x IN matched[..10] | x.id] AS ids`,
  'one pass, ids read only at the edge': `${MATCH} WITH collect({key: n.date, node: n}) AS hits
CALL (hits) { UNWIND hits AS h WITH h.key AS key ORDER BY key DESC LIMIT 10 RETURN min(key) AS edge }
CALL (hits, edge) { UNWIND [h IN hits WHERE h.key >= edge] AS h WITH h.node AS n, h.key AS key, h.node.id AS tie ORDER BY key DESC, tie DESC LIMIT 10 RETURN collect(n.id) AS ids }
RETURN size(hits) AS total, ids`,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const statements = Number(process.argv[2] ?? 100_000);
  const rounds = Number(process.argv[3] ?? 5);
  const manifestPath = path.join(repoRoot, 'bench', 'results', 'tmp', 'corpora', String(statements), 'manifest.json');
  if (!fs.existsSync(manifestPath) || !storeExists(BENCH_HOME)) {
    throw new Error(
      `No ${statements}-statement corpus or bench store: run \`npm run bench -- --sizes ${statements / 1000}k --seed-modes import --query-sizes none\` first (looked for ${manifestPath} and ${BENCH_HOME})`,
    );
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as CorpusManifest;
  const search = OPERATIONS.find((operation) => operation.name === 'search')!;
  const terms = search.inputs(manifest).map((input) => String(input.term));
  // Our page of 10 for a term, built as the API builds it.
  const oursFor = (term: string) =>
    statementsRead({ search: term, first: 10, sort: StatementSort.DATE_DESC, includeOnBehalfOf: false });
  const ours = oursFor(terms[0]);
  const queries: Record<string, { cypher: string; params: (term: string) => Record<string, unknown> }> = {
    'ours (statements-search-page)': {
      cypher: specialisedQuery(ours.name, ours.params),
      params: (term) => oursFor(term).params,
    },
    'hand-written (the limit)': {
      cypher: search.limit!({ term: terms[0] }, 10).cypher,
      params: (term) => ({ ...search.limit!({ term }, 10).params }),
    },
    ...Object.fromEntries(
      Object.entries(VARIANTS).map(([name, cypher]) => [
        name,
        { cypher, params: (term: string) => ({ search: `+${term}` }) },
      ]),
    ),
  };
  const db = await openBenchDatabase(BENCH_HOME, neo4jMemory(statements), { fresh: false });
  try {
    const perRound: Record<string, number[]> = {};
    const names = Object.keys(queries);
    for (let round = 0; round < rounds; round++) {
      // Rotate the order each round so no variant always runs first.
      for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
        const { cypher, params } = queries[name];
        const times: number[] = [];
        for (let i = 0; i < 40; i++) {
          const started = process.hrtime.bigint();
          await db.driver.executeQuery(cypher, params(terms[i % terms.length]), { database: 'neo4j' });
          if (i >= 8) times.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
        (perRound[name] ??= []).push(median(times));
      }
    }
    console.log(
      `Search at ${statements} statements, terms ${terms.join(', ')}; median of ${rounds} per-round medians (32 queries each), ms, and db hits for "${terms[0]}":`,
    );
    for (const name of names) {
      const { cypher, params } = queries[name];
      const profiled = await db.driver.executeQuery(`PROFILE ${cypher}`, params(terms[0]), { database: 'neo4j' });
      const dbHits = (plan: { dbHits?: number; children?: unknown[] }): number =>
        (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((sum, child) => sum + dbHits(child as never), 0);
      console.log(
        `  ${name.padEnd(36)} ${median(perRound[name]).toFixed(1).padStart(6)} ms  ${String(dbHits(profiled.summary.profile as never)).padStart(7)} db hits`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
