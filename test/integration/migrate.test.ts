import { migrate, schemaNameOf, schemaStatements } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { openScratchStore } from '../support/scratch-store';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

describe('schema migrations', () => {
  let db: TestDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  it('applies every constraint and index, and applying again changes nothing', async () => {
    const before = await schemaNames(db);
    await migrate(db.executor, createLogger('silent'));
    const after = await schemaNames(db);
    expect(after).toEqual(before);
    for (const { cypher } of schemaStatements()) {
      const name = schemaNameOf(cypher);
      expect(name && after.includes(name)).toBeTruthy();
    }
  });

  it('runs every statement on an empty store, none where all are in place, and all again when one is missing', async () => {
    const scratch = await openScratchStore('migrate');
    const logger = createLogger('silent');
    const count = schemaStatements().length;
    try {
      expect(await migrate(scratch.executor, logger)).toBe(count);
      const applied = await schemaNames(scratch);
      expect(await migrate(scratch.executor, logger)).toBe(0);
      await scratch.executor.runSchemaStatement('DROP INDEX demand_topic');
      expect(await schemaNames(scratch)).not.toContain('demand_topic');
      expect(await migrate(scratch.executor, logger)).toBe(count);
      expect(await schemaNames(scratch)).toEqual(applied);
    } finally {
      await scratch.close();
    }
  });

  it('has the full-text index over names, aliases and quotes online', async () => {
    const rows = await db.executor.readTransaction((tx) =>
      tx
        .run(
          "SHOW FULLTEXT INDEXES YIELD name, state, properties WHERE name IN ['name_search', 'statement_search'] RETURN name, state, properties ORDER BY name",
        )
        .then((r) => r.records.map((x) => x.toObject())),
    );
    expect(rows).toEqual([
      { name: 'name_search', state: 'ONLINE', properties: ['name', 'aliasesText'] },
      { name: 'statement_search', state: 'ONLINE', properties: ['quote', 'paraphrase'] },
    ]);
  });
});

async function schemaNames(db: TestDatabase): Promise<string[]> {
  const names = await db.executor.readTransaction(async (tx) => {
    const constraints = await tx.run('SHOW CONSTRAINTS YIELD name RETURN name');
    const indexes = await tx.run('SHOW INDEXES YIELD name RETURN name');
    return [...constraints.records, ...indexes.records].map((r) => r.get('name') as string);
  });
  return [...new Set(names)].sort();
}
