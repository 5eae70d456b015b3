import { randomUUID } from 'node:crypto';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// Writes and reads real nodes through Bolt against the run's Neo4j.
describe('executor against the real Neo4j', () => {
  let db: TestDatabase;
  const id = `test-executor-${randomUUID()}`;

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.executor.writeTransaction((tx) => tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id }));
    await db.close();
  });

  it('creates a node in a write transaction and reads it back in a read transaction', async () => {
    await db.executor.writeTransaction((tx) =>
      tx.run('CREATE (n:Entity:ExecutorProbe {id: $id, name: $name, at: $at})', { id, name: 'probe', at: 42 }),
    );
    const rows = await db.executor.readTransaction((tx) =>
      tx
        .run('MATCH (n:ExecutorProbe {id: $id}) RETURN n.name AS name, n.at AS at', { id })
        .then((r) => r.records.map((x) => x.toObject())),
    );
    expect(rows).toEqual([{ name: 'probe', at: 42 }]);
  });

  it('rejects a second node with the same id through the uniqueness constraint', async () => {
    await expect(
      db.executor.writeTransaction((tx) => tx.run('CREATE (:Entity:ExecutorProbe {id: $id})', { id })),
    ).rejects.toThrow(/already exists|ConstraintValidationFailed/);
  });

  it('rolls back every statement of a failed write transaction', async () => {
    const other = `${id}-rolled-back`;
    await expect(
      db.executor.writeTransaction(async (tx) => {
        await tx.run('CREATE (:Entity:ExecutorProbe {id: $other})', { other });
        await tx.run('CREATE (:Entity:ExecutorProbe {id: $id})', { id });
      }),
    ).rejects.toThrow();
    const count = await db.executor.readTransaction((tx) =>
      tx.run('MATCH (n:Entity {id: $other}) RETURN count(n) AS c', { other }).then((r) => r.records[0].get('c')),
    );
    expect(count).toBe(0);
  });

  it('runs named queries from cypher/queries', async () => {
    const rows = await db.executor.read<{ kind: string; name: string; count: number }>('graph-counts');
    const probes = rows.find((row) => row.kind === 'node' && row.name === 'ExecutorProbe');
    expect(probes?.count).toBe(1);
  });
});
