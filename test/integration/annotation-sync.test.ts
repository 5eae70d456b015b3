import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Viewer } from '../../src/http/viewer';
import { loadConfig } from '../../src/config';
import { toGraphRows } from '../../src/seed/graph-rows';
import type { GraphRows } from '../../src/seed/graph-rows';
import { validateCorpus } from '../../src/seed/validate-corpus';
import { filesFromItems, itemsFromFiles } from '../../src/sync/annotation-items';
import type { CorpusFiles } from '../../src/sync/annotation-items';
import { exportAnnotations } from '../../src/sync/annotation-sync.service';
import type { ApplyResult } from '../../src/sync/annotation-sync.service';
import { applyToServer } from '../../src/sync/apply-remote';
import { readCorpusDir } from '../../src/sync/corpus-dir';
import type { Executor } from '../../src/db/executor';
import { removeByToken } from '../support/api-fixture-graph';
import { runGraphql } from '../support/api-graphql';
import { connectTestDatabase } from '../support/test-database';
import { startTestServer } from '../support/test-server';
import type { TestDatabase } from '../support/test-database';

// Files and graph as one source of truth, against the real Neo4j: the seeded
// graph exports as the normal form of seed/; a fixture article added by
// applying files and added again through the API gives the same graph and
// the same exported file; edits and retractions write SET and DELETE; a
// change made on both sides is refused with both versions. Every id of the
// fixture holds "syncfix", which the afterAll removes.
const TOKEN = 'syncfix';
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'sync-article');
const FIXTURE_FILE = '900_syncfix.yaml';
const ARTICLE = 'article-syncfix-900';
const editor: Viewer = { name: 'sync-editor', role: 'editor' };
const reader: Viewer = { name: 'sync-reader', role: 'reader' };

const APPLY = `mutation ($files: [AnnotationFileInput!]!, $articles: [ArticleTextInput!]!) {
  applyAnnotations(files: $files, articles: $articles) {
    edition created { kind id } updated { kind id } retracted { kind id } serverAhead { kind id }
  }
}`;
const RESULT = '{ edition created { kind id } updated { kind id } retracted { kind id } }';
const ADD = `mutation ($kind: AnnotationKind!, $item: String!, $article: String) { addAnnotation(kind: $kind, item: $item, article: $article) ${RESULT} }`;
const UPDATE = `mutation ($kind: AnnotationKind!, $id: String!, $item: String!) { updateAnnotation(kind: $kind, id: $id, item: $item) ${RESULT} }`;
const RETRACT = `mutation ($kind: AnnotationKind!, $id: String!, $cascade: Boolean) { retractAnnotation(kind: $kind, id: $id, cascade: $cascade) ${RESULT} }`;
const ADD_DEMAND = `mutation ($input: AddDemandInput!) { addDemand(input: $input) { id } }`;

describe('annotation files and graph in sync', () => {
  let db: TestDatabase;
  const seedDir = loadConfig().seed.dir;
  let seed: CorpusFiles;
  let fixture: CorpusFiles;

  beforeAll(async () => {
    db = connectTestDatabase();
    seed = await readCorpusDir(seedDir);
    fixture = await readCorpusDir(FIXTURE);
  });
  afterAll(async () => {
    await removeByToken(db.executor, TOKEN);
    await db.close();
  });

  // The item travels as a string, YAML or JSON: sent here as JSON unless a test writes YAML.
  const run = async (source: string, variables: Record<string, unknown>, viewer: Viewer = editor) => {
    const item = typeof variables.item === 'object' ? JSON.stringify(variables.item) : variables.item;
    const sent = 'item' in variables ? { ...variables, item } : variables;
    const { result } = await runGraphql(db.executor, source, sent, viewer);
    return result;
  };
  const ok = async (source: string, variables: Record<string, unknown>) => {
    const result = await run(source, variables);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0];
  };
  const applyFiles = (corpus: CorpusFiles) =>
    run(APPLY, {
      files: corpus.files,
      articles: [...corpus.articleTexts].map(([file, text]) => ({ file, text })),
    });
  const seedPlus = (...extra: CorpusFiles[]): CorpusFiles => ({
    files: [...seed.files, ...extra.flatMap((corpus) => corpus.files)],
    articleTexts: new Map([...seed.articleTexts, ...extra.flatMap((corpus) => [...corpus.articleTexts])]),
  });
  const exported = async () => (await exportAnnotations(db.executor, () => undefined, seedDir)).files;
  const normalForm = (corpus: CorpusFiles) => filesFromItems(itemsFromFiles(corpus));
  const fixtureDump = () => graphDump(db.executor, (id) => id.includes(TOKEN));

  it('exports the seeded graph as the normal form of seed/, which seeds the identical graph', async () => {
    const files = await exported();
    const normal = normalForm(seed);
    const seedNames = new Set(seed.files.map((file) => file.name));
    expect(files.files.filter((file) => seedNames.has(file.name))).toEqual(normal.files);
    for (const [name, text] of seed.articleTexts) expect(files.articleTexts.get(name)).toBe(text);

    const seededIds = new Set(itemsFromFiles(seed).map((item) => item.id));
    const fromExport = rowsDump(
      toGraphRows(
        validateCorpus({
          files: normal.files.map((file) => ({ path: file.name, content: file.content })),
          articleTexts: normal.articleTexts,
        }),
      ),
    );
    expect(await graphDump(db.executor, (id) => seededIds.has(id), true)).toEqual(fromExport);
    expect(fromExport.length).toBeGreaterThan(500);
  });

  let appliedDump: string[] = [];

  it('(a) applies the fixture article from files to a running server, in one change that creates every item', async () => {
    // The seed files and the fixture's, as a working copy on disk, applied as `peacegraph apply --server` does.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-sync-'));
    fs.cpSync(seedDir, dir, { recursive: true });
    fs.cpSync(FIXTURE, dir, { recursive: true });
    const key = 'sync-apply-key-0123456789';
    // An apply validates and diffs the whole corpus: on a busy machine that can take longer than a request's
    // default 10 s, and a change cut off when the server closes would leave this process's later changes waiting.
    const server = await startTestServer({
      SEED_ON_START: 'false',
      API_KEYS: `sync-cli:${key}:editor`,
      REQUEST_TIMEOUT_MS: '120000',
      CYPHER_TIMEOUT_MS: '110000',
    });
    let applied: ApplyResult;
    try {
      applied = await applyToServer(server.origin, key, await readCorpusDir(dir));
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(applied.created.map((ref: { id: string }) => ref.id).sort()).toEqual(
      [
        ARTICLE,
        'actor-syncfix-kemal-aydin',
        'territory-syncfix-black-sea-corridor',
        'event-syncfix-istanbul-meeting',
        'stmt-syncfix-900-01',
        'stmt-syncfix-900-02',
        'demand-syncfix-inspections',
        `SPEAKS_FOR/actor-syncfix-kemal-aydin/actor-ukraine/${ARTICLE}`,
      ].sort(),
    );
    expect(applied.updated).toEqual([]);
    expect(applied.retracted).toEqual([]);
    appliedDump = await fixtureDump();
    expect(appliedDump.filter((line) => line.startsWith('node '))).toHaveLength(7);
    expect(appliedDump).toContainEqual(expect.stringMatching(/^edge REJECTS stmt-syncfix-900-02 -> demand-syncfix/));

    // Applying the same files again changes nothing.
    const again = (await applyFiles(seedPlus(fixture))).data!.applyAnnotations;
    expect([again.created, again.updated, again.retracted]).toEqual([[], [], []]);
    expect(again.edition).toBe(applied.edition);

    const file = (await exported()).files.find((candidate) => candidate.name === FIXTURE_FILE);
    expect(file).toEqual(normalForm(fixture).files[0]);
  });

  it('refuses an item changed both in the files and through the API with CONFLICT, showing both versions', async () => {
    const statement = itemOf(fixture, 'stmt-syncfix-900-02');
    await ok(UPDATE, {
      kind: 'STATEMENT',
      id: 'stmt-syncfix-900-02',
      item: { ...statement, paraphrase: 'Peskov rejects the offer (edited through the API).' },
    });
    const onDisk = withFixture((doc) => {
      doc.statements[1].paraphrase = 'Peskov rejects the offer (edited in the file).';
    });
    const before = await fixtureDump();
    const result = await applyFiles(seedPlus(onDisk));
    const error = result.errors![0];
    expect(error.extensions!.code).toBe('CONFLICT');
    expect(error.message).toMatch(/edited in the file/);
    expect(error.message).toMatch(/edited through the API/);
    const conflicts = error.extensions!.conflicts as { id: string; files: { item: { paraphrase: string } } }[];
    expect(conflicts.map((conflict) => conflict.id)).toEqual(['stmt-syncfix-900-02']);
    expect(conflicts[0].files.item.paraphrase).toMatch(/edited in the file/);
    expect(await fixtureDump()).toEqual(before);

    // The files as they were at the last sync: the API's version is kept, and reported.
    const kept = (await applyFiles(seedPlus(fixture))).data!.applyAnnotations;
    expect(kept.serverAhead).toEqual([{ kind: 'STATEMENT', id: 'stmt-syncfix-900-02' }]);
    expect(kept.updated).toEqual([]);
    // Back to the file's version through the API: in sync again.
    await ok(UPDATE, { kind: 'STATEMENT', id: 'stmt-syncfix-900-02', item: statement });
    expect(await fixtureDump()).toEqual(appliedDump);
  });

  it('edits a stance (the old edge deleted, the new one written) and refuses what the rules refuse', async () => {
    await ok(UPDATE, {
      kind: 'STANCE',
      id: 'stmt-syncfix-900-02/demand-syncfix-inspections',
      item: { stance: 'ACCEPTS' },
    });
    const edges = (await fixtureDump()).filter(
      (line) => line.startsWith('edge ') && line.includes('stmt-syncfix-900-02 ->'),
    );
    expect(edges.some((line) => line.startsWith('edge ACCEPTS'))).toBe(true);
    expect(edges.some((line) => line.startsWith('edge REJECTS'))).toBe(false);

    const wrong = await run(UPDATE, {
      kind: 'ACTOR',
      id: 'actor-syncfix-kemal-aydin',
      item: { ...itemOf(fixture, 'actor-syncfix-kemal-aydin'), kind: 'WIZARD', nickname: 'x' },
    });
    expect(wrong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(wrong.errors![0].extensions!.problems)).toMatch(/kind/);
    const forbidden = await run(RETRACT, { kind: 'ACTOR', id: 'actor-syncfix-kemal-aydin' }, reader);
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
    await ok(UPDATE, {
      kind: 'STANCE',
      id: 'stmt-syncfix-900-02/demand-syncfix-inspections',
      item: { stance: 'REJECTS' },
    });
    expect(await fixtureDump()).toEqual(appliedDump);
  });

  it('refuses files that break the rules with BAD_USER_INPUT pointing at the file on disk, writing nothing', async () => {
    const edition = async () => (await exportAnnotations(db.executor, () => undefined, seedDir)).edition;
    const before = await edition();
    const broken = await applyFiles(
      seedPlus({
        files: [{ name: FIXTURE_FILE, content: 'article: [unclosed\n' }],
        articleTexts: fixture.articleTexts,
      }),
    );
    expect(broken.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(broken.errors![0].extensions!.problems)).toMatch(/900_syncfix\.yaml/);
    const badName = await applyFiles({ files: [{ name: '../x.yaml', content: '' }], articleTexts: new Map() });
    expect(badName.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const noArticle = await run(ADD, { kind: 'STATEMENT', item: itemOf(fixture, 'stmt-syncfix-900-02') });
    expect(noArticle.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const notAMap = await run(ADD, { kind: 'ACTOR', item: '- just\n- a list\n' });
    expect(notAMap.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'item' } });
    expect(await edition()).toBe(before);
    expect(await fixtureDump()).toEqual(appliedDump);
  });

  it('names the line and column of each problem in the item or file sent', async () => {
    const statement = itemOf(fixture, 'stmt-syncfix-900-02');
    const item = stringify({ ...statement, speaker: 'actor-syncfix-nobody' });
    const refused = await run(UPDATE, { kind: 'STATEMENT', id: 'stmt-syncfix-900-02', item });
    const line = item.split('\n').findIndex((candidate) => candidate.startsWith('speaker: '));
    expect(refused.errors![0].extensions!.problems).toContainEqual(
      expect.objectContaining({
        path: expect.stringMatching(/^statements\[\d+\]\.speaker$/),
        item: 'stmt-syncfix-900-02',
        argument: 'item',
        line: line + 1,
        column: 'speaker: '.length + 1,
      }),
    );

    // A file applied: the problem is at its line in that file, as on disk.
    const onDisk = withFixture((doc) => (doc.statements[1].speaker = 'actor-syncfix-nobody'));
    const broken = await applyFiles(seedPlus(onDisk));
    const fileLine = onDisk.files[0].content
      .split('\n')
      .findIndex((candidate) => candidate.includes('actor-syncfix-nobody'));
    const problem = (broken.errors![0].extensions!.problems as { path: string }[]).find(
      (candidate) => candidate.path === 'statements[1].speaker',
    );
    expect(problem).toMatchObject({ file: expect.stringMatching(/900_syncfix\.yaml$/), line: fileLine + 1 });
    expect(problem).not.toHaveProperty('argument');
    expect(await fixtureDump()).toEqual(appliedDump);
  });

  it('refuses to retract a demand statements take a stance on, naming them, and retracts with cascade', async () => {
    const refused = await run(RETRACT, { kind: 'DEMAND', id: 'demand-syncfix-inspections' });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/stmt-syncfix-900-01/);
    expect(refused.errors![0].message).toMatch(/stmt-syncfix-900-02/);
    expect(await fixtureDump()).toEqual(appliedDump);

    const cascaded = await ok(RETRACT, { kind: 'DEMAND', id: 'demand-syncfix-inspections', cascade: true });
    expect(cascaded.retracted).toEqual([{ kind: 'DEMAND', id: 'demand-syncfix-inspections' }]);
    expect(cascaded.updated.map((ref: { id: string }) => ref.id).sort()).toEqual([
      'stmt-syncfix-900-01',
      'stmt-syncfix-900-02',
    ]);
    const afterCascade = await fixtureDump();
    expect(afterCascade.some((line) => line.includes('demand-syncfix-inspections'))).toBe(false);
    expect(afterCascade.filter((line) => line.startsWith('node Statement'))).toHaveLength(2);

    const relation = `SPEAKS_FOR/actor-syncfix-kemal-aydin/actor-ukraine/${ARTICLE}`;
    const gone = await ok(RETRACT, { kind: 'RELATION', id: relation });
    expect(gone.retracted).toEqual([{ kind: 'RELATION', id: relation }]);
    expect((await fixtureDump()).some((line) => line.startsWith('edge SPEAKS_FOR'))).toBe(false);
  });

  it('(b) the same article through API mutations gives the same graph, and exports as the applied file', async () => {
    const retracted = await ok(RETRACT, { kind: 'ARTICLE', id: ARTICLE, cascade: true });
    // The article's file: the article, its actor, territory, event and two statements.
    expect(retracted.retracted.length).toBe(6);
    expect(await fixtureDump()).toEqual([]);
    expect((await exported()).files.some((file) => file.name === FIXTURE_FILE)).toBe(false);

    const doc = fixtureDoc();
    const text = fixture.articleTexts.get('900_syncfix.txt')!;
    await ok(ADD, { kind: 'ARTICLE', item: { ...doc.article, text } });
    await ok(ADD, { kind: 'ACTOR', item: stringify(doc.actors[0]), article: ARTICLE });
    await ok(ADD, { kind: 'TERRITORY', item: doc.territories[0], article: ARTICLE });
    await ok(ADD, { kind: 'EVENT', item: doc.events[0] });
    await ok(ADD, { kind: 'STATEMENT', item: { ...doc.statements[0], demands: [] }, article: ARTICLE });
    const demand = doc.demands[0];
    await ok(ADD_DEMAND, {
      input: {
        id: demand.id,
        article: ARTICLE,
        summary: demand.summary,
        kind: demand.kind,
        topic: demand.topic,
        owner: demand.owner,
        addressedTo: demand.addressedTo,
        territories: demand.territories,
        setBy: doc.statements[0].id,
      },
    });
    await ok(ADD, { kind: 'STATEMENT', item: doc.statements[1], article: ARTICLE });
    await ok(ADD, { kind: 'RELATION', item: doc.relations[0] });

    expect(await fixtureDump()).toEqual(appliedDump);
    const file = (await exported()).files.find((candidate) => candidate.name === FIXTURE_FILE);
    expect(file).toEqual(normalForm(fixture).files[0]);
    const logged = await db.executor.readTransaction((tx) =>
      tx.run(
        "MATCH (c:AnnotationChange) WHERE c.payload CONTAINS 'syncfix' AND c.kind = 'addAnnotation' RETURN DISTINCT c.author AS author",
      ),
    );
    expect(logged.records.map((record) => record.get('author'))).toEqual(['sync-editor']);
  });

  function fixtureDoc() {
    return parse(fixture.files[0].content);
  }

  function withFixture(edit: (doc: ReturnType<typeof fixtureDoc>) => void): CorpusFiles {
    const doc = fixtureDoc();
    edit(doc);
    return { files: [{ name: FIXTURE_FILE, content: stringify(doc) }], articleTexts: fixture.articleTexts };
  }
});

function itemOf(corpus: CorpusFiles, id: string) {
  return itemsFromFiles(corpus).find((item) => item.id === id)!.body;
}

/** Property values as Neo4j keeps them: null is no property at all. */
function props(values: Record<string, unknown>): string {
  const kept = Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(Object.fromEntries(kept));
}

/** The graph rows as lines: "node Label id {props}" and "edge TYPE from -> to {props with key}", sorted. */
function rowsDump(rows: GraphRows): string[] {
  const lines = new Set<string>();
  for (const [label, nodes] of Object.entries(rows.nodes))
    for (const node of nodes) lines.add(`node ${label} ${node.id} ${props(node.props)}`);
  const edges = new Map<string, Record<string, unknown>>();
  for (const edge of rows.edges) {
    const key = `edge ${edge.type} ${edge.from} -> ${edge.to}|${edge.key}`;
    edges.set(key, { ...(edges.get(key) ?? {}), ...edge.props, key: edge.key });
  }
  for (const [key, values] of edges) lines.add(`${key.split('|')[0]} ${props(values)}`);
  return [...lines].sort();
}

/**
 * The same lines read from Neo4j: nodes whose id `keep` accepts, and their
 * edges: with `both`, those between two such nodes whose key (the article of
 * a relation) is one too, so other suites' relations between seeded actors
 * stay out; otherwise every edge with one end kept.
 */
async function graphDump(executor: Executor, keep: (id: string) => boolean, both = false): Promise<string[]> {
  const result = await executor.readTransaction(async (tx) => {
    const nodes = await tx.run(
      'MATCH (n:Entity) RETURN n.id AS id, [l IN labels(n) WHERE l <> "Entity"][0] AS label, properties(n) AS props',
    );
    const edges = await tx.run(
      'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    );
    return { nodes: nodes.records.map((r) => r.toObject()), edges: edges.records.map((r) => r.toObject()) };
  });
  const lines: string[] = [];
  for (const node of result.nodes) {
    if (!keep(node.id as string)) continue;
    const { id: _id, ...rest } = node.props as Record<string, unknown>;
    lines.push(`node ${String(node.label)} ${String(node.id)} ${props(rest)}`);
  }
  for (const edge of result.edges) {
    const key = String((edge.props as { key?: unknown }).key ?? '');
    const kept = both
      ? keep(edge.from as string) && keep(edge.to as string) && (key === '' || keep(key))
      : keep(edge.from as string) || keep(edge.to as string);
    if (!kept) continue;
    lines.push(
      `edge ${String(edge.type)} ${String(edge.from)} -> ${String(edge.to)} ${props(edge.props as Record<string, unknown>)}`,
    );
  }
  return lines.sort();
}
