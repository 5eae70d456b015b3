import { edgeWriteOfType } from '../../src/cypher/edge-write-queries';
import { namedQuery } from '../../src/db/named-queries';
import { assertWritten, SeedWriteError } from '../../src/seed/written-count';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The edge writes built over the model's types (src/cypher/edge-write-queries.ts)
// against a real Neo4j: each writes its type between the two ends, MERGE stays
// idempotent, and a row of a type outside the model is not counted, so the
// caller's check of the count fails the write. Own ids, removed afterwards.
describe('the built edge writes in Neo4j', () => {
  let db: TestDatabase;
  const token = `edgewrite-${process.pid}-${Date.now()}`;
  const actor = `actor-${token}`;
  const statement = `stmt-${token}`;
  const row = (type: string, key = '', props: Record<string, unknown> = {}) => ({
    type,
    from: actor,
    to: statement,
    key,
    props,
  });

  const run = (cypher: string, params: Record<string, unknown> = {}) =>
    db.executor.writeTransaction((tx) => tx.run(cypher, params));
  const edges = async () =>
    (
      await run(
        'MATCH (:Entity {id: $actor})-[r]->(:Entity {id: $statement}) RETURN type(r) AS type, r.key AS key, r.note AS note ORDER BY key',
        {
          actor,
          statement,
        },
      )
    ).records.map((record) => record.toObject());

  beforeAll(async () => {
    db = connectTestDatabase();
    await run('CREATE (:Entity:Actor {id: $actor}), (:Entity:Statement {id: $statement})', { actor, statement });
  });
  afterAll(async () => {
    await run('MATCH (n:Entity) WHERE n.id IN [$actor, $statement] DETACH DELETE n', { actor, statement });
    await db.close();
  });

  it('seed-edges writes a row of a model type, and leaves out and does not count one of any other type', async () => {
    const rows = [row('MADE'), row('MEDIATES')];
    const result = await run(namedQuery('seed-edges'), { rows });
    expect(Number(result.records[0].get('written'))).toBe(1);
    expect(() => assertWritten('seed-edges', result, rows.length)).toThrow(SeedWriteError);
    expect(await edges()).toEqual([{ type: 'MADE', key: '', note: null }]);
  });

  it('MERGE of one type is idempotent and sets the row props; CREATE adds an edge with another key', async () => {
    for (let i = 0; i < 2; i++) {
      const result = await run(edgeWriteOfType('MADE', 'merge'), { rows: [row('MADE', '', { note: 'merged' })] });
      assertWritten('MADE', result, 1);
    }
    assertWritten('MADE', await run(edgeWriteOfType('MADE', 'create'), { rows: [row('MADE', 'k2')] }), 1);
    expect(await edges()).toEqual([
      { type: 'MADE', key: '', note: 'merged' },
      { type: 'MADE', key: 'k2', note: null },
    ]);
  });

  it('counts only the rows whose two ends exist', async () => {
    const missing = { ...row('MADE'), to: `missing-${token}` };
    const result = await run(edgeWriteOfType('MADE', 'merge'), { rows: [row('MADE'), missing] });
    expect(() => assertWritten('MADE', result, 2)).toThrow(/wrote 1 of 2 rows/);
  });
});
