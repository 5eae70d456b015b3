import { runGraphql } from '../support/api-graphql';
import { FixtureGraph, seedFixtureGraph } from '../support/api-fixture-graph';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// A request costs a number of Cypher round trips fixed by the shape of the
// query, not by the number of results. The server's prefetch reads every
// field it knows in one composed query; without it (or for fields it does
// not cover) the loaders batch every level (UNWIND $ids).
describe('round trips per request', () => {
  let db: TestDatabase;
  let fixture: FixtureGraph;
  beforeAll(async () => {
    db = connectTestDatabase();
    fixture = await seedFixtureGraph(db.executor, 25);
  });
  afterAll(async () => {
    await fixture.remove();
    await db.close();
  });

  const nested = `
    query Nested($search: String!, $first: Int!) {
      actors(search: $search, first: $first) {
        totalCount
        edges {
          node {
            name
            statements(first: 10) {
              nodes {
                id
                date { value }
                demands { stance demand { id summary owner { id name } } }
              }
            }
          }
        }
      }
    }`;

  async function run(first: number, prefetch = true) {
    const { result, roundTrips } = await runGraphql(db.executor, nested, { search: fixture.token, first }, null, {
      prefetch,
    });
    expect(result.errors).toBeUndefined();
    return { data: result.data!, roundTrips };
  }

  it('is the same for 2 and for 20 actors (actors → statements → demands → owner)', async () => {
    const small = await run(2);
    const large = await run(20);

    const actors = (data: typeof small.data) => data.actors.edges.map((edge: { node: unknown }) => edge.node);
    expect(actors(small.data)).toHaveLength(2);
    expect(actors(large.data)).toHaveLength(20);
    // Every actor has its two statements, each with a demand and its owner.
    const owners = actors(large.data).flatMap(
      (actor: { statements: { nodes: { demands: { demand: { owner: { id: string } } }[] }[] } }) =>
        actor.statements.nodes.flatMap((statement) => statement.demands.map((stance) => stance.demand.owner.id)),
    );
    expect(owners).toHaveLength(40);

    // The whole walk is one composed query.
    expect(small.roundTrips).toEqual(['prefetch']);
    expect(large.roundTrips).toEqual(small.roundTrips);
    console.log(
      `round trips: first 2 → ${small.roundTrips.length}, first 20 → ${large.roundTrips.length}: ${large.roundTrips.join(', ')}`,
    );
  });

  it('without the prefetch, is one batched query per level, with the same data', async () => {
    const withPrefetch = await run(20);
    const small = await run(2, false);
    const large = await run(20, false);
    // One query per level: the actors page, the statements of all actors, the
    // demands of all statements, the owners of all demands.
    expect(small.roundTrips).toEqual(['actors-page', 'neighbour-page-out', 'neighbour-list-out', 'neighbour-list-out']);
    expect(large.roundTrips).toEqual(small.roundTrips);
    expect(large.data).toEqual(withPrefetch.data);
  });

  it('stays bounded for the rejections walk with provenance (rejections → rejecter → relations → article)', async () => {
    const query = `
      query Walk($first: Int!, $article: ID!) {
        rejections(first: $first, article: $article) {
          nodes {
            rejecter { name relations { edges { type node { name } article { id } statement { id } } } }
            demand { owner { name } addressees { name } }
            statement { speaker { id } article { id } }
          }
        }
      }`;
    const small = await runGraphql(db.executor, query, { first: 2, article: fixture.articleId });
    const large = await runGraphql(db.executor, query, { first: 20, article: fixture.articleId });
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.rejections.nodes).toHaveLength(20);
    // Provenance ids on relation edges included: one composed query.
    expect(small.roundTrips).toEqual(['prefetch']);
    expect(large.roundTrips).toEqual(['prefetch']);
    console.log(
      `rejections walk: first 2 → ${small.roundTrips.length}, first 20 → ${large.roundTrips.length}: ${large.roundTrips.join(', ')}`,
    );
  });
});
