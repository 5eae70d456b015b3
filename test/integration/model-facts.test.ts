import { edgeEnds, storedEdgeProperties } from '../../src/domain';
import {
  BARE_EDGE_PROPERTIES,
  EDGE_TYPES_WITH_PROPERTIES,
  edgesAreBare,
  farLabelOf,
  farLabelOfAll,
  KEYED_EDGE_TYPES,
} from '../../src/model/edge-ends';
import { EDGE_TYPES } from '../../src/seed/graph-rows';
import type { EdgeType } from '../../src/seed/graph-rows';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The neighbour queries skip a label test, an edge-key tie-break and a
// statement's missing date where the model says none can matter
// (src/model/edge-ends.ts). These are the model's facts, checked on the
// seeded graph of the five articles: were one wrong, a page would come out
// wrong for some data, so the facts must hold for all the data there is.
describe('model facts in the seeded graph', () => {
  let db: TestDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  const rows = async (cypher: string) =>
    (await db.executor.readTransaction((tx) => tx.run(cypher))).records.map((record) => record.toObject());

  describe('the model facts the neighbour queries rely on hold in the seeded graph', () => {
    it('every relationship joins the labels its type names', async () => {
      const found = await rows(
        `MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS from, labels(b) AS to, count(*) AS edges`,
      );
      expect(found.length).toBeGreaterThan(EDGE_TYPES.length);
      const types = new Set<string>();
      for (const { type, from, to } of found) {
        types.add(type);
        const ends = edgeEnds(type as EdgeType);
        expect({
          type,
          from: (from as string[]).filter((label) => ends.from.includes(label as never)).length,
          to: (to as string[]).filter((label) => ends.to.includes(label as never)).length,
        }).toEqual({ type, from: 1, to: 1 });
      }
      // Nearly every type is in the five articles (the rest are checked as the seeder writes them).
      expect(types.size).toBeGreaterThanOrEqual(EDGE_TYPES.length - 4);
    });

    it('edges of a type without a key join a pair of nodes at most once, and carry no key', async () => {
      const found = await rows(
        `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, collect(coalesce(r.key, '')) AS keys`,
      );
      const unkeyed = found.filter(({ type }) => !KEYED_EDGE_TYPES.has(type as EdgeType));
      expect(unkeyed.length).toBeGreaterThan(100);
      for (const { type, from, to, keys } of unkeyed)
        expect({ type, from, to, keys }).toEqual({ type, from, to, keys: [''] });
      // The keyed ones do carry keys (the article that states them).
      const keyed = found.filter(({ type }) => KEYED_EDGE_TYPES.has(type as EdgeType));
      expect(keyed.length).toBeGreaterThan(0);
      for (const { keys } of keyed) for (const key of keys as string[]) expect(key).not.toBe('');
    });

    it('edges hold only the properties their type declares (src/domain/relationships.ts)', async () => {
      const found = await rows(
        `MATCH ()-[r]->() UNWIND keys(r) AS name RETURN type(r) AS type, collect(DISTINCT name) AS names`,
      );
      expect(found.length).toBeGreaterThan(10);
      for (const { type, names } of found)
        expect({
          type,
          undeclared: (names as string[]).filter((name) => !storedEdgeProperties(type).includes(name)),
        }).toEqual({
          type,
          undeclared: [],
        });
    });

    it('edges hold nothing but the empty key, except those of the types with properties', async () => {
      const found = await rows(
        `MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS properties, count(*) AS edges`,
      );
      const bare = found.filter(({ type }) => !EDGE_TYPES_WITH_PROPERTIES.has(type as EdgeType));
      expect(bare.reduce((sum, { edges }) => sum + Number(edges), 0)).toBeGreaterThan(100);
      for (const { type, properties } of bare)
        expect({ type, properties }).toEqual({ type, properties: BARE_EDGE_PROPERTIES });
      // The others do carry some (a span, an article): were none, the set would be too wide, not wrong.
      const withProperties = found.filter(({ type }) => EDGE_TYPES_WITH_PROPERTIES.has(type as EdgeType));
      expect(withProperties.some(({ properties }) => Object.keys(properties as object).length > 1)).toBe(true);
      expect(edgesAreBare(['SETS', 'REPEATS', 'ACCEPTS', 'REJECTS'])).toBe(true);
      expect(edgesAreBare(['MADE', 'REPORTED_IN'])).toBe(false);
      expect(edgesAreBare(['NOT_A_TYPE'])).toBe(false);
      expect(edgesAreBare([])).toBe(false);
    });

    it('every statement has a date', async () => {
      const [{ statements, undated }] = await rows(
        `MATCH (s:Statement) RETURN count(s) AS statements, count(CASE WHEN s.date IS NULL THEN 1 END) AS undated`,
      );
      expect(Number(statements)).toBeGreaterThan(20);
      expect(Number(undated)).toBe(0);
    });

    it('a far label is implied only where the type reaches one label', () => {
      expect(farLabelOf('MADE', 'out')).toBe('Statement');
      expect(farLabelOf('MADE', 'in')).toBe('Actor');
      expect(farLabelOf('MENTIONS', 'out')).toBeNull();
      expect(farLabelOf('REPORTED_IN', 'in')).toBeNull();
      expect(farLabelOf('CLAIMS', 'out')).toBe('Territory');
      expect(farLabelOfAll(['SETS', 'REPEATS', 'ACCEPTS', 'REJECTS'], 'out')).toBe('Demand');
      expect(farLabelOfAll(['SETS', 'REPEATS', 'ACCEPTS', 'REJECTS'], 'in')).toBe('Statement');
      expect(farLabelOfAll(['TARGETS', 'MENTIONS'], 'out')).toBeNull();
      expect(farLabelOfAll(['TARGETS', 'OWNED_BY'], 'in')).toBeNull();
      expect(farLabelOfAll(['NOT_A_TYPE'], 'out')).toBeNull();
    });
  });

  // Writers wait for the full-text indexes (src/db/search-index-refresh.ts)
  // because they are eventually consistent; were they not, the wait would be
  // needless, and the seeding figures of the README would not hold.
  describe('full-text indexes', () => {
    it('are eventually consistent, so their updates leave the writing transaction', async () => {
      const indexes = (await rows('SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options ORDER BY name')).map(
        ({ name, options }) => ({
          name: name as string,
          eventuallyConsistent: (options as { indexConfig: Record<string, unknown> }).indexConfig[
            'fulltext.eventually_consistent'
          ],
        }),
      );
      expect(indexes).toEqual([
        { name: 'name_search', eventuallyConsistent: true },
        { name: 'statement_search', eventuallyConsistent: true },
      ]);
    });
  });
});
