import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate-corpus';
import { repoRoot } from '../../src/config';
import type { Executor } from '../../src/db/executor';
import { migrate } from '../../src/db/migrate';
import { AdminImportError, runAdminImport } from '../../src/db/neo4j-admin-import';
import { createLogger } from '../../src/logger';
import { seedCorpusDirByImport } from '../../src/seed/imported-seeder';
import { seedCorpusDir } from '../../src/seed/seeder';
import { wholeGraph } from '../support/whole-graph';
import { openPrivateStore, openScratchStore } from '../support/scratch-store';
import type { TestDatabase } from '../support/test-database';

// Seeding by bulk import (seed --import) must build exactly the graph the
// Bolt seeder writes: the same nodes, labels, edges, property values and
// property types, and the same schema, online. Each corpus is seeded both
// ways into stores of their own and compared whole.
const logger = createLogger('silent');
const homes: string[] = [];

function newHome(name: string): string {
  const home = path.join(repoRoot, '.neo4j', `seed-import-${name}-${process.pid}`);
  fs.rmSync(home, { recursive: true, force: true });
  homes.push(home);
  return home;
}

/** The whole graph (whole-graph.ts) and every index, as sorted text. */
async function graphAndSchema(executor: Executor): Promise<{ graph: string[]; indexes: string[] }> {
  const indexes = await executor.readTransaction((tx) =>
    tx.run(
      'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state',
    ),
  );
  return {
    graph: await wholeGraph(executor),
    indexes: indexes.records.map((r) => JSON.stringify(r.toObject())).sort(),
  };
}

describe('seeding by bulk import', () => {
  let generatedDir: string;
  // The Bolt seeder's side: a store of its own with the schema
  // (scratch-store.ts), emptied before each corpus is seeded into it.
  let reference: TestDatabase;

  beforeAll(async () => {
    // A generated corpus exercises what the five articles may not: relations repeated across files, many empty alias lists,
    // and shared declarations in several `_`-files (its 40 actors and territories, 20 a file).
    generatedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-import-corpus-'));
    generateCorpus(300, generatedDir, undefined, { sharedItemsPerFile: 20 });
    reference = await openScratchStore('seed-import-bolt');
    await migrate(reference.executor, logger);
  }, 300_000);
  afterAll(async () => {
    await reference?.close();
    fs.rmSync(generatedDir, { recursive: true, force: true });
    for (const home of homes) fs.rmSync(home, { recursive: true, force: true });
  });

  const corpora: [string, () => string][] = [
    ['the five articles', () => path.join(repoRoot, 'seed')],
    ['a generated corpus of 300 statements', () => generatedDir],
  ];

  it.each(corpora)(
    'builds the same graph and schema as the Bolt seeder from %s',
    async (name, seedDir) => {
      const slug = name.replace(/\W+/g, '-');
      await reference.executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
      await seedCorpusDir(reference.executor, seedDir());
      const expected = await graphAndSchema(reference.executor);

      const home = newHome(`import-${slug}`);
      const imported = await seedCorpusDirByImport(seedDir(), {
        home,
        logger,
        openDatabase: () => openPrivateStore(home, false),
        importHeapMb: 384,
        importOffHeapMb: 256,
      });
      try {
        expect(imported.writeMode).toBe('import');
        expect(imported.nodesWritten + imported.edgesWritten).toBe(expected.graph.length);
        const actual = await graphAndSchema(imported.database.executor);
        expect(actual.graph.length).toBe(expected.graph.length);
        expect(actual.graph).toEqual(expected.graph);
        expect(actual.indexes).toEqual(expected.indexes);
        expect(actual.indexes.every((index) => index.includes('"state":"ONLINE"'))).toBe(true);
        // The full-text index answers at once (it is eventually consistent: the seeder waits for it), here for a word of the last quote.
        const query = (cypher: string, params: Record<string, unknown> = {}) =>
          imported.database.driver.executeQuery(cypher, params, { database: 'neo4j' });
        const last = (
          await query(
            'MATCH (s:Statement) WHERE s.quote IS NOT NULL RETURN s.id AS id, s.quote AS quote ORDER BY s.id DESC LIMIT 1',
          )
        ).records[0];
        const word = (last.get('quote') as string).split(/\W+/).sort((x, y) => y.length - x.length)[0];
        const hits = await query(
          "CALL db.index.fulltext.queryNodes('statement_search', $word) YIELD node RETURN collect(node.id) AS ids",
          { word },
        );
        expect(hits.records[0].get('ids')).toContain(last.get('id'));
      } finally {
        await imported.database.close();
      }
      // A Neo4j start, a bulk import and two seeds: generous for a loaded 2-core machine.
    },
    300_000,
  );

  it('refuses a store that already exists, before validating, and leaves it as it was', async () => {
    const home = newHome('existing');
    const database = path.join(home, 'data', 'databases', 'neo4j');
    fs.mkdirSync(database, { recursive: true });
    fs.writeFileSync(path.join(database, 'marker'), "someone's data");
    const opened = jest.fn();
    await expect(
      seedCorpusDirByImport(path.join(repoRoot, 'seed'), { home, logger, openDatabase: opened }),
    ).rejects.toThrow(`${home} already holds a database: seeding by import only creates a new store`);
    expect(fs.readFileSync(path.join(database, 'marker'), 'utf8')).toBe("someone's data");
    expect(opened).not.toHaveBeenCalled();
  });

  it("reports the importer's reason for a bad file and leaves no half-built database", async () => {
    const home = newHome('bad-file');
    const csv = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-bad-import-'));
    try {
      fs.writeFileSync(path.join(csv, 'actors.csv'), 'id:ID(Entity),name\n"a1","Russia"\n');
      fs.writeFileSync(path.join(csv, 'targets.csv'), ':START_ID(Entity),:END_ID(Entity),key\n"a1","a-nobody",""\n');
      const failure = runAdminImport({
        home,
        nodes: [{ labelsOrType: 'Entity:Actor', files: [path.join(csv, 'actors.csv')], multiline: false }],
        relationships: [{ labelsOrType: 'TARGETS', files: [path.join(csv, 'targets.csv')], multiline: false }],
        arrayDelimiter: '\u001f',
        heapMb: 256,
        offHeapMb: 128,
      });
      await expect(failure).rejects.toBeInstanceOf(AdminImportError);
      await expect(failure).rejects.toThrow(
        /a1 \(Entity\)-\[TARGETS\]->a-nobody \(Entity\) referring to missing node a-nobody/,
      );
      expect(fs.existsSync(path.join(home, 'data', 'databases', 'neo4j'))).toBe(false);
      // The importer's whole story is kept for whoever debugs it.
      expect(fs.readFileSync(path.join(home, 'logs', 'neo4j-admin-import.log'), 'utf8')).toContain(
        'referring to missing node',
      );
    } finally {
      fs.rmSync(csv, { recursive: true, force: true });
    }
  });
});
