import { loadConfig } from '../../src/config';
import { postGraphql, startTestServer } from '../support/test-server';

// The query cost over HTTP with the default limits, on the shared seeded
// graph: what it refuses (with COST_LIMIT_EXCEEDED, the cost and the limit)
// and the natural one-screen queries it must admit.
const { maxCost } = loadConfig({}).limits;

const aliases = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;

// Pages in pages, every page left at its default of twenty.
const NESTED_DEFAULTS =
  'actors { nodes { name mentionedIn { nodes { text speaker { name statements { nodes { text } } } } } } }';
const REJECTIONS_100 =
  '{ rejections(first: 100) { totalCount nodes { rejecter { id name } onBehalfOf { name } demand { summary kind topic } owner { name } statement { text isParaphrase } date { value precision } article { title } } } }';
const ANALYTICS =
  'analytics { centrality { actors { actor { id } pageRank } } communities { modularity } deadlocks { deadlocks { id } } stanceMatrix { cells { set } } positions { actors { actor { id } } } }';

describe('pricing requests (default limits)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    // Generous timeouts: a query shape's first run plans it on a cold JVM,
    // and what is tested here is the price, not the deadline.
    server = await startTestServer({ NODE_ENV: 'production', CYPHER_TIMEOUT_MS: '30000', REQUEST_TIMEOUT_MS: '60000' });
  });
  afterAll(() => server.close());

  function expectCostRefusal(response: Awaited<ReturnType<typeof postGraphql>>) {
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(error?.extensions?.limit).toBe(maxCost);
    expect(error?.message).not.toMatch(/syntax error/i);
    expect(error?.message).toContain(String(maxCost));
    return error!;
  }

  it('refuses fifteen aliases of nested default pages before running them, with the cost and the limit', async () => {
    const started = Date.now();
    const error = expectCostRefusal(await postGraphql(server.origin, aliases(15, NESTED_DEFAULTS)));
    expect(Date.now() - started).toBeLessThan(2_000);
    // 20 actors x 20 statements x 20 statements, fifteen times.
    expect(error.extensions!.cost).toBeGreaterThan(15 * 20 * 20 * 20);
    expect(error.message).toContain(String(error.extensions!.cost));
  });

  it('prices a page without first as the twenty it returns: the same cost as first: 20 written out', async () => {
    const implicit = expectCostRefusal(await postGraphql(server.origin, `{ ${NESTED_DEFAULTS} }`));
    const explicit = expectCostRefusal(
      await postGraphql(
        server.origin,
        '{ actors(first: 20) { nodes { name mentionedIn(first: 20) { nodes { text speaker { name statements(first: 20) { nodes { text } } } } } } } }',
      ),
    );
    expect(implicit.extensions!.cost).toBe(explicit.extensions!.cost);
    // With small pages the same shape is cheap and answered.
    const small = await postGraphql(
      server.origin,
      '{ actors(first: 3) { nodes { name mentionedIn(first: 3) { nodes { text speaker { name statements(first: 3) { nodes { text } } } } } } } }',
    );
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data!.actors.nodes).toHaveLength(3);
  });

  it('prices page sizes sent as variables by the value sent', async () => {
    const query =
      'query ($n: Int) { actors(first: $n) { nodes { mentionedIn(first: $n) { nodes { speaker { statements(first: $n) { nodes { text } } } } } } } }';
    expectCostRefusal(await postGraphql(server.origin, query, { n: 50 }));
    const small = await postGraphql(server.origin, query, { n: 2 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    // A variable of the wrong type is bad input, not a cost refusal.
    const wrong = await postGraphql(server.origin, query, { n: 'many' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers 100 rejections with all seven of their fields (refused before as "Syntax Error: Query Cost limit")', async () => {
    const response = await postGraphql(server.origin, REJECTIONS_100);
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const { totalCount, nodes } = response.body.data!.rejections;
    expect(totalCount).toBeGreaterThan(0);
    expect(nodes).toHaveLength(Math.min(totalCount, 100));
    expect(Object.keys(nodes[0]).sort()).toEqual(
      ['article', 'date', 'demand', 'onBehalfOf', 'owner', 'rejecter', 'statement'].sort(),
    );
  });

  it('prices analytics and exports: one screen of analytics runs, fifteen aliases of it or of full exports do not', async () => {
    const one = await postGraphql(server.origin, `{ ${ANALYTICS} }`);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data!.analytics.centrality.actors.length).toBeGreaterThan(0);
    const fifteen = expectCostRefusal(await postGraphql(server.origin, aliases(15, ANALYTICS)));
    expect(fifteen.extensions!.cost).toBeGreaterThan(maxCost);
    const exports = expectCostRefusal(
      await postGraphql(
        server.origin,
        aliases(15, 'analytics { export(graph: FULL, format: GRAPHML) { files { content } } }'),
      ),
    );
    expect(exports.extensions!.cost).toBeGreaterThanOrEqual(15 * 1_000);
  });

  it('refuses a fragment bomb as over the limit without pricing it field by field', async () => {
    const fragments = ['fragment F0 on Query { __typename }'];
    for (let level = 1; level <= 8; level++)
      fragments.push(`fragment F${level} on Query { ${`...F${level - 1} `.repeat(4)}}`);
    const error = expectCostRefusal(await postGraphql(server.origin, `{ ...F8 } ${fragments.join(' ')}`));
    expect(error.extensions!.cost).toBeNull();
  });
});
