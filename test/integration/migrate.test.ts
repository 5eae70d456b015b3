import { migrate, schemaStatements } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
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
      const name = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(cypher)?.[1];
      expect(name && after.includes(name)).toBeTruthy();
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
