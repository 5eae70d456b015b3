import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { Executor } from '../../src/db/executor';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import type { Corpus } from '../../src/seed/corpus';
import { graphCounts } from '../../src/seed/graph-counts';
import { NODE_LABELS, toGraphRows } from '../../src/seed/graph-rows';
import { loadCorpus } from '../../src/seed/load-corpus';
import { AnnotationValidationError } from '../../src/seed/annotation-error';
import { seedCorpus, seedCorpusChunks, seedCorpusDir } from '../../src/seed/seeder';
import { SeedWriteError } from '../../src/seed/written-count';
import { expectedCounts } from '../support/expected-counts';
import { wholeGraph as wholeGraphOf } from '../support/whole-graph';
import { openScratchStore } from '../support/scratch-store';
import type { TestDatabase } from '../support/test-database';

// The seeder's modes for large corpora (commits every N rows; chunk by
// chunk) must write exactly what the one-transaction default writes. Each
// mode seeds an empty database of its own (scratch-store.ts), so a missing
// row shows up as a count below what the corpus holds.
const logger = createLogger('silent');

/** The corpus in two chunks; the second points at nodes of the first. */
function twoChunks(corpus: Corpus): Corpus[] {
  const half = Math.floor(corpus.statements.length / 2);
  const empty = { articles: [], actors: [], territories: [], events: [], demands: [], relations: [] };
  return [
    { ...corpus, statements: corpus.statements.slice(0, half) },
    { ...empty, statements: corpus.statements.slice(half) },
  ];
}

describe('seeder modes for large corpora', () => {
  let store: TestDatabase;
  let executor: Executor;
  let corpus: Corpus;

  beforeAll(async () => {
    corpus = await loadCorpus(path.join(repoRoot, 'seed'));
    store = await openScratchStore('seeder-modes');
    executor = store.executor;
    await migrate(executor, logger);
  });
  afterAll(() => store?.close());
  beforeEach(() => executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n')));

  it('writes every node and edge when committing every few rows', async () => {
    const progress: number[] = [];
    await seedCorpus(executor, corpus, {
      batchSize: 25,
      commitEvery: 100,
      onProgress: (p) => progress.push(p.written),
    });
    expect(await graphCounts(executor)).toEqual(expectedCounts(corpus));
    expect(progress.length).toBeGreaterThan(10);
  });

  it('writes every node and edge chunk by chunk, edges after all nodes', async () => {
    const chunks = twoChunks(corpus);
    const result = await seedCorpusChunks(
      executor,
      async function* () {
        yield* chunks;
      },
      { batchSize: 50, commitEvery: 200 },
    );
    expect(await graphCounts(executor)).toEqual(expectedCounts(corpus));
    expect(result.nodesWritten).toBe(
      NODE_LABELS.reduce((sum, label) => sum + toGraphRows(corpus).nodes[label].length, 0),
    );
  });

  it('matches the one-transaction default exactly', async () => {
    await seedCorpus(executor, corpus);
    expect(await graphCounts(executor)).toEqual(expectedCounts(corpus));
  });

  it('validates and seeds a seed directory streamed, the same graph, and again changes nothing', async () => {
    const seedDir = path.join(repoRoot, 'seed');
    const progress: string[] = [];
    const result = await seedCorpusDir(executor, seedDir, {
      batchSize: 40,
      commitEvery: 120,
      onProgress: (p) => progress.push(p.step),
    });
    expect(await graphCounts(executor)).toEqual(expectedCounts(corpus));
    expect(result.nodesWritten).toBe(
      NODE_LABELS.reduce((sum, label) => sum + toGraphRows(corpus).nodes[label].length, 0),
    );
    expect(result.edgesWritten).toBe(toGraphRows(corpus).edges.length);
    expect(result.validateMilliseconds + result.writeMilliseconds).toBeLessThanOrEqual(result.milliseconds);
    // Every node label before the first edge type.
    expect(progress.findIndex((step) => !NODE_LABELS.includes(step as never))).toBeGreaterThan(
      progress.lastIndexOf('Statement'),
    );
    // The same properties as the one-transaction seed, outlet names included
    // (the entities: each seed run also appends its own dated change record).
    const snapshot = () =>
      executor.readTransaction(async (tx) => {
        const res = await tx.run('MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p ORDER BY id');
        return res.records.map((r) => JSON.stringify([r.get('id'), Object.entries(r.get('p')).sort()]));
      });
    const streamed = await snapshot();
    await seedCorpusDir(executor, seedDir);
    expect(await graphCounts(executor)).toEqual(expectedCounts(corpus));
    await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await seedCorpus(executor, corpus);
    expect(await snapshot()).toEqual(streamed);
  });

  const wholeGraph = () => wholeGraphOf(executor);

  it('CREATEs on an empty store and MERGEs on a seeded one, the same graph either way', async () => {
    const seedDir = path.join(repoRoot, 'seed');
    const merged = await seedCorpusDir(executor, seedDir, { batchSize: 40, commitEvery: 120, writeMode: 'merge' });
    expect(merged.writeMode).toBe('merge');
    const viaMerge = await wholeGraph();
    await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));

    const created = await seedCorpusDir(executor, seedDir, { batchSize: 40, commitEvery: 120 });
    expect(created.writeMode).toBe('create');
    expect(await graphCounts(executor)).toEqual(expectedCounts(corpus));
    expect(await wholeGraph()).toEqual(viaMerge);

    // The store is no longer empty: a second seed MERGEs and changes nothing.
    const again = await seedCorpusDir(executor, seedDir, { batchSize: 40, commitEvery: 120 });
    expect(again.writeMode).toBe('merge');
    expect(await wholeGraph()).toEqual(viaMerge);

    // The one-transaction and batched seeders choose the same way.
    await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect((await seedCorpus(executor, corpus)).writeMode).toBe('create');
    expect(await wholeGraph()).toEqual(viaMerge);
    expect((await seedCorpus(executor, corpus)).writeMode).toBe('merge');
    await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect((await seedCorpus(executor, corpus, { batchSize: 25, commitEvery: 100 })).writeMode).toBe('create');
    expect(await wholeGraph()).toEqual(viaMerge);
  });

  it('writes a repeated edge once when CREATEing, as MERGE does', async () => {
    // The same target twice on one statement, and the same relation twice: MERGE keeps one edge each.
    const statement = corpus.statements.find((s) => s.targets.length > 0)!;
    const relation = corpus.relations[0];
    const repeated: Corpus = {
      ...corpus,
      statements: corpus.statements.map((s) => (s === statement ? { ...s, targets: [...s.targets, s.targets[0]] } : s)),
      relations: [...corpus.relations, { ...relation }],
    };
    const created = await seedCorpus(executor, repeated);
    expect(created.writeMode).toBe('create');
    expect(await graphCounts(executor)).toEqual(expectedCounts(corpus));
    const viaCreate = await wholeGraph();
    await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await seedCorpus(executor, repeated, { writeMode: 'merge' });
    expect(await wholeGraph()).toEqual(viaCreate);
  });

  it('fails loudly, writing nothing, when an edge points at a node that is not in the store', async () => {
    // seedCorpus trusts its corpus: a reference the validator would refuse gets this far only by a bug (or an id-hash collision).
    const dangling: Corpus = {
      ...corpus,
      statements: corpus.statements.map((s, i) => (i === 0 ? { ...s, speaker: 'actor-nobody-declared' } : s)),
    };
    for (const writeMode of ['auto', 'merge'] as const) {
      const error = await seedCorpus(executor, dangling, { writeMode }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SeedWriteError);
      expect((error as SeedWriteError).step).toBe('MADE');
      expect((error as Error).message).toMatch(/wrote \d+ of \d+ rows/);
      expect(await graphCounts(executor)).toEqual({ nodes: {}, edges: {} });
    }
    // Committing batch by batch, the nodes are in, and the edge batch that lost a row fails the seed.
    const error = await seedCorpus(executor, dangling, { batchSize: 25, commitEvery: 100 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SeedWriteError);
  });

  it('refuses a broken seed directory before writing anything', async () => {
    const dir = fs.mkdtempSync(path.join(repoRoot, '.neo4j', 'seeder-modes-broken-'));
    try {
      fs.cpSync(path.join(repoRoot, 'seed'), dir, { recursive: true });
      const annotations = path.join(dir, 'annotations');
      // The last file (in name order) breaks: everything before it was sound and spooled, none of it may land.
      const last = fs
        .readdirSync(annotations)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .pop()!;
      fs.appendFileSync(path.join(annotations, last), '\nunknownTopLevelKey: 1\n');
      const error = await seedCorpusDir(executor, dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AnnotationValidationError);
      expect((error as AnnotationValidationError).message).toMatch(/unknownTopLevelKey/);
      await expect(loadCorpus(dir)).rejects.toThrow((error as Error).message);
      expect(await graphCounts(executor)).toEqual({ nodes: {}, edges: {} });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
