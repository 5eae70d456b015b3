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

/** The rejections asked three ways (every one; by kind; from an id), as GraphQL answers them. */
const REJECTION_FIELDS =
  'totalCount nodes { rejecter { id } onBehalfOf { id } statement { id } demand { id } owner { id } article { id } date { value } }';
const timeQuery = (asOf: string | null) => {
  const on = asOf === null ? '' : `asOf: ${JSON.stringify(asOf)}`;
  const args = (more: string) => (on || more ? `(${[more, on].filter(Boolean).join(', ')})` : '');
  return `{
    all: rejections(first: 100${on ? `, ${on}` : ''}) { ${REJECTION_FIELDS} }
    preconditions: rejections(first: 100, demandKind: PRECONDITION${on ? `, ${on}` : ''}) { ${REJECTION_FIELDS} }
    ofRussia: rejections(first: 100, owner: "actor-russia"${on ? `, ${on}` : ''}) { ${REJECTION_FIELDS} }
    demands(first: 100) { nodes { id
      status${args('')} { state raisedBy { id } acceptedBy { id } rejectedBy { id } }
      lifecycle${args('')} { kind stance date { value } statement { id } actor { id } onBehalfOf { id } } } }
  }`;
};

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
    // Every demand's status and lifecycle in one request costs more than a client's default limit.
    app = await startAppWith(db.executor, { MAX_COST: '100000' });
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

  /** Rejections, and each demand's status and lifecycle, through GraphQL (demands not yet raised left out). */
  async function timeAnswers(asOf: string | null) {
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: timeQuery(asOf) }),
    });
    const body = (await response.json()) as Doc;
    expect(body.errors).toBeUndefined();
    const demands = (body.data.demands.nodes as Doc[]).sort((a, b) => a.id.localeCompare(b.id));
    const { all, preconditions, ofRussia } = body.data;
    return {
      rejections: { all, preconditions, ofRussia },
      demands: demands.filter((demand) => demand.status.state !== 'NOT_RAISED'),
      notRaised: demands.filter((demand) => demand.status.state === 'NOT_RAISED').map((demand) => demand.id),
    };
  }

  it('answers rejections, status and lifecycle as the corpus cut to that date, seeded alone, answers with no date', async () => {
    await reseed(SEED_DIR);
    const asOf = new Map<string, Awaited<ReturnType<typeof timeAnswers>>>();
    for (const date of DATES) asOf.set(date, await timeAnswers(date));
    const whole = await timeAnswers(null);
    for (const date of DATES) {
      const dir = seedCopyAsOf(date);
      copies.push(dir);
      await reseed(dir);
      const replayed = await timeAnswers(null);
      const { notRaised, ...asked } = asOf.get(date)!;
      expect({ date, ...replayed, notRaised: [] }).toEqual({ date, ...asked, notRaised: [] });
      // A demand not raised by then is not in the cut corpus at all, and is NOT_RAISED as of the date.
      const replayedIds = new Set(replayed.demands.map((demand) => demand.id));
      expect(notRaised.filter((id) => replayedIds.has(id))).toEqual([]);
      expect(replayed.notRaised).toEqual([]);
    }
    await reseed(SEED_DIR);
    // The dates really cut, and every state the corpus reaches shows up somewhere.
    const sizes = [...DATES.map((date) => asOf.get(date)!), whole].map((answer) => [
      answer.rejections.all.totalCount,
      answer.demands.reduce((sum, demand) => sum + demand.lifecycle.length, 0),
    ]);
    expect(new Set(sizes.map(([rejections]) => rejections)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(sizes.map(([, steps]) => steps)).size).toBeGreaterThanOrEqual(4);
    const states = new Set([...asOf.values(), whole].flatMap((answer) => answer.demands.map((d) => d.status.state)));
    expect([...states]).toEqual(expect.arrayContaining(['OPEN', 'REJECTED']));
    expect(whole.rejections.ofRussia.totalCount).toBeGreaterThan(0);
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

    // The same refusal, naming the argument, on the lists and fields that take a date or an instant.
    for (const [query, argument] of [
      ['{ rejections(asOf: "2025-13") { totalCount } }', 'asOf'],
      ['{ demands(first: 1) { nodes { status(asOf: "March 2025") { state } } } }', 'asOf'],
      ['{ demands(first: 1) { nodes { lifecycle(knownAt: "2026-02-30T10:00:00Z") { kind } } } }', 'knownAt'],
      ['{ demands(first: 1) { nodes { status(knownAt: "2026-12-04 10:00") { state } } } }', 'knownAt'],
    ]) {
      const response = await fetch(`${app.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as Doc;
      expect({
        query,
        code: body.errors?.[0]?.extensions?.code,
        argument: body.errors?.[0]?.extensions?.argument,
      }).toEqual({ query, code: 'BAD_USER_INPUT', argument });
    }
  });

  it("runs the examples of docs/time.md, and answers the users' question by the date asked", async () => {
    await reseed(SEED_DIR);
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'time.md'), 'utf8');
    const examples = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const ask = async (query: string) => {
      const response = await fetch(`${app.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as Doc;
      expect({ query, errors: body.errors }).toEqual({ query, errors: undefined });
      return body.data as Doc;
    };
    for (const example of examples) await ask(example);

    const question = examples.find((example) => example.includes('rejections('))!;
    const byMarch = await ask(question);
    expect(byMarch.rejections.nodes.map((node: Doc) => [node.date.value, node.demand.id]).sort()).toEqual([
      ['2024-06', 'demand-russia-hand-over-four-regions'],
      ['2024-06', 'demand-russia-ukraine-abandon-nato'],
    ]);
    const byMay2024 = await ask(question.replace('asOf: "2025-03"', 'asOf: "2024-05"'));
    expect(byMay2024.rejections.totalCount).toBe(0);
    const nato = (await ask(examples.find((example) => example.includes('may2024: status'))!)).demand;
    // Putin set it on 2024-06-14: not raised in May, rejected by Ukraine (in June 2024) as of March 2025.
    expect([nato.may2024.state, nato.march2025.state]).toEqual(['NOT_RAISED', 'REJECTED']);
    expect(nato.march2025.rejectedBy).toEqual([{ name: expect.stringMatching(/Ukraine/) }]);
  });
});
