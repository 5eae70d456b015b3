import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { AnalyticsSession } from '../../src/analytics/session';
import { onOrBefore } from '../../src/domain/date-spec';
import { loadCorpus } from '../../src/seed/load-corpus';
import { seedCorpus } from '../../src/seed/seeder';
import { AppUnderTest, startAppWith } from '../support/api-app';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The graph as of a date, checked against a replay: the seed corpus cut to
// the statements dated on or before D (and what only they carried: the
// demands no earlier statement raised, the stances on those, the relations
// resting on later statements), seeded alone and asked with no date, must
// answer every analysis exactly as the whole graph asked `asOf: D`. The
// cut is written here over the annotation files, independently of
// src/analytics/as-of.ts, which cuts the snapshot read from Neo4j.
const SEED_DIR = path.join(__dirname, '..', '..', 'seed');
/** Dates that split the seed articles' statements: mid-article, between articles, a year and a month. */
const DATES = ['2022-02-24', '2022-10-16', '2023', '2024-07'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** A copy of seed/ holding only what was said by `asOf`, as an annotator would have written it then. */
function seedCopyAsOf(asOf: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-as-of-'));
  fs.cpSync(SEED_DIR, dir, { recursive: true });
  const annotations = path.join(dir, 'annotations');
  const files = fs.readdirSync(annotations).filter((name) => name.endsWith('.yaml'));
  const docs = new Map<string, Doc>(
    files.map((name) => [name, parse(fs.readFileSync(path.join(annotations, name), 'utf8')) as Doc]),
  );
  const said = (statement: Doc) => onOrBefore(statement.date.value, asOf);
  const raised = new Set<string>();
  const kept = new Set<string>();
  for (const doc of docs.values()) {
    for (const statement of (doc.statements ?? []).filter(said)) {
      kept.add(statement.id);
      for (const { demand, stance } of statement.demands ?? [])
        if (stance === 'SETS' || stance === 'REPEATS') raised.add(demand);
    }
  }
  for (const [name, doc] of docs) {
    if (doc.statements) {
      doc.statements = doc.statements.filter(said).map((statement: Doc) => ({
        ...statement,
        demands: (statement.demands ?? []).filter((stance: Doc) => raised.has(stance.demand)),
      }));
    }
    if (doc.demands) {
      doc.demands = doc.demands
        .filter((demand: Doc) => raised.has(demand.id))
        .map((demand: Doc) => ({
          ...demand,
          conflictsWith: (demand.conflictsWith ?? []).filter((id: string) => raised.has(id)),
        }));
    }
    if (doc.relations)
      doc.relations = doc.relations.filter((relation: Doc) => !relation.statement || kept.has(relation.statement));
    fs.writeFileSync(path.join(annotations, name), stringify(doc));
  }
  return dir;
}

/** Every analysis of one session, whole. */
async function everyAnalysis(session: AnalyticsSession) {
  return {
    centrality: await session.centrality(),
    communities: await session.communities(),
    stanceMatrix: await session.stanceMatrix(),
    deadlocks: await session.deadlocks(),
    positions: await session.positions(),
  };
}

describe('asOf: the graph as it stood on a date', () => {
  let db: TestDatabase;
  let app: AppUnderTest;
  const copies: string[] = [];

  /** Replaces the store's graph with the corpus of `dir` (AnnotationChange and other bookkeeping nodes stay). */
  async function reseed(dir: string): Promise<void> {
    await db.executor.writeTransaction((tx) => tx.run('MATCH (n:Entity) DETACH DELETE n'));
    await seedCorpus(db.executor, await loadCorpus(dir));
  }

  beforeAll(async () => {
    db = connectTestDatabase();
    // Start from exactly the seed corpus, whatever an earlier suite left behind.
    await reseed(SEED_DIR);
    app = await startAppWith(db.executor, {});
  });

  afterAll(async () => {
    // The store is shared with the worker's other suites: leave it as the seed made it.
    if (db) await reseed(SEED_DIR);
    await app?.close();
    await db?.close();
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers every analysis as the corpus cut to that date, seeded alone, answers with no date', async () => {
    const asOf = new Map<string, Awaited<ReturnType<typeof everyAnalysis>>>();
    for (const date of DATES) asOf.set(date, await everyAnalysis(new AnalyticsSession(db.executor, { asOf: date })));
    const whole = await everyAnalysis(new AnalyticsSession(db.executor));
    for (const date of DATES) {
      const dir = seedCopyAsOf(date);
      copies.push(dir);
      await reseed(dir);
      const replayed = await everyAnalysis(new AnalyticsSession(db.executor));
      expect({ date, ...replayed }).toEqual({ date, ...asOf.get(date) });
    }
    // The dates really cut: each holds less than the next, and the last less than the whole graph.
    const cells = (result: Awaited<ReturnType<typeof everyAnalysis>>) =>
      result.stanceMatrix.cells.reduce((sum, cell) => sum + cell.set + cell.accepted + cell.rejected, 0);
    const counts = [...DATES.map((date) => cells(asOf.get(date)!)), cells(whole)];
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBeGreaterThanOrEqual(4);
  });

  it('takes asOf through GraphQL, and refuses a date that is not one with BAD_USER_INPUT', async () => {
    const ask = async (asOfArgument: string) => {
      const response = await fetch(`${app.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ analytics(asOf: ${JSON.stringify(asOfArgument)}) { stanceMatrix { cells { rejected from { id } to { id } } } } }`,
        }),
      });
      return { status: response.status, body: (await response.json()) as Doc };
    };
    const before = await ask('2022-02-23');
    const after = await ask('2025-12-31');
    const rejected = (answer: Doc) =>
      (answer.body.data.analytics.stanceMatrix.cells as Doc[]).reduce((sum, cell) => sum + cell.rejected, 0);
    expect(rejected(after)).toBeGreaterThan(rejected(before));

    const refused = await ask('2022-02-30');
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors[0].message).toContain('asOf must be a date');
  });
});
