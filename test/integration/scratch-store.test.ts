import { openScratchStore } from '../support/scratch-store';

// Suites that compare whole graphs and schemas trust the scratch store to
// be as empty as a freshly created one, whatever the suite before left.
describe('scratch store', () => {
  it('opens empty: no nodes, no constraints, only the lookup indexes a new store has', async () => {
    const first = await openScratchStore('scratch-store-check');
    try {
      await first.executor.writeTransaction((tx) =>
        tx.run("CREATE (:Leftover {id: 'left-behind'})-[:NEXT]->(:Leftover)"),
      );
      await first.executor.writeTransaction((tx) =>
        tx.run('CREATE CONSTRAINT leftover_id IF NOT EXISTS FOR (n:Leftover) REQUIRE n.id IS UNIQUE'),
      );
      await first.executor.writeTransaction((tx) =>
        tx.run('CREATE INDEX leftover_name IF NOT EXISTS FOR (n:Leftover) ON (n.name)'),
      );
    } finally {
      await first.close();
    }

    const again = await openScratchStore('scratch-store-check');
    try {
      const read = async (cypher: string) =>
        (await again.executor.readTransaction((tx) => tx.run(cypher))).records.map((record) => record.toObject());
      expect(Number((await read('MATCH (n) RETURN count(n) AS nodes'))[0].nodes)).toBe(0);
      expect(await read('SHOW CONSTRAINTS YIELD name RETURN name')).toEqual([]);
      expect(await read('SHOW INDEXES YIELD type RETURN DISTINCT type')).toEqual([{ type: 'LOOKUP' }]);
    } finally {
      await again.close();
    }
  });
});
