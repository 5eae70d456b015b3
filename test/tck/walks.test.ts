import 'reflect-metadata';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { FIELD_LOADS } from '../../src/prefetch/field-loads';
import { idsExist } from './support/recording-executor';
import { Translator } from './support/translate';
import { byIdRoots, schemaWalks, START_IDS } from './support/walks';
import type { Walk } from './support/walks';

// Every walk of the schema in Cypher, two ways: as the planner composes it
// (from the type's by-id root: one round trip) and as the field's resolver
// reads it alone (from node(id), which the planner leaves to the resolvers);
// and every root list, as the planner composes it.
describe('every walk of the schema in Cypher', () => {
  let translator: Translator;
  let walks: Walk[];
  /** The composed query of each by-id root selecting only the id: what a walk adds to it must show. */
  const bare = new Map<string, string>();

  beforeAll(async () => {
    translator = await Translator.start(idsExist);
    const schema = await graphqlSchema();
    walks = schemaWalks(schema);
    for (const [type, root] of byIdRoots(schema)) {
      const { queries } = await translator.translate(`{ ${root}(id: "${START_IDS[type]}") { id } }`);
      bare.set(type, queries[0].cypher);
    }
  });
  afterAll(() => translator.close());

  it('finds the walks of every node type, and the root lists', () => {
    expect(new Set(walks.map((walk) => walk.type))).toEqual(new Set([...Object.keys(START_IDS), 'Query']));
    expect(walks.length).toBeGreaterThan(50);
    expect(walks.filter((walk) => walk.type === 'Query').map((walk) => walk.field)).toEqual(
      expect.arrayContaining(
        Object.keys(FIELD_LOADS.Query).filter((field) => FIELD_LOADS.Query[field].kind === 'root'),
      ),
    );
  });

  it('translates each walk', async () => {
    for (const walk of walks) {
      const planned = await translator.translate(walk.planned);
      const loaded = walk.loaded === undefined ? undefined : await translator.translate(walk.loaded);
      expect({ walk: walk.name, planned, ...(loaded && { loaded }) }).toMatchSnapshot(walk.name);

      // The planner's promise: a field it knows is part of the one query.
      if (FIELD_LOADS[walk.type]?.[walk.field]) {
        expect({ walk: walk.name, roundTrips: planned.queries.map((query) => query.name) }).toEqual({
          walk: walk.name,
          roundTrips: ['prefetch'],
        });
        if (walk.type !== 'Query')
          expect({ walk: walk.name, grew: planned.queries[0].cypher !== bare.get(walk.type) }).toEqual({
            walk: walk.name,
            grew: true,
          });
      }
      if (!loaded) continue;
      // Field by field: the node, then the walk's own reads (but a node named
      // by a property of its parent, which the stand-in's nodes do not have).
      if (FIELD_LOADS[walk.type]?.[walk.field]?.kind !== 'nodeOf')
        expect({ walk: walk.name, first: loaded.queries[0].name, more: loaded.queries.length > 1 }).toEqual({
          walk: walk.name,
          first: 'nodes-by-id',
          more: true,
        });
    }
  });
});
