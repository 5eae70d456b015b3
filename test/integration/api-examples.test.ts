import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { exampleMutationSteps } from '../fixtures/example-mutation-steps';
import { removeByToken } from '../support/api-fixture-graph';
import { exampleOperations, EXAMPLES_FILE } from '../support/api-examples';
import { connectTestDatabase } from '../support/test-database';
import { postGraphql, startTestServer } from '../support/test-server';

// schema/examples.graphql runs as written, over HTTP, against the seeded graph.
describe('example operations over HTTP against the seeded graph', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const examples = exampleOperations().filter((operation) => operation.kind === 'query');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const results = new Map<string, any>();

  const key = 'examples-key-0123456789';
  beforeAll(async () => {
    // The global setup seeded the graph; the server must not reseed or revalidate it.
    server = await startTestServer({ SEED_ON_START: 'false', API_KEYS: `examples:${key}:editor` });
  });
  afterAll(() => server.close());

  it('validates the whole file against the schema', async () => {
    expect(validate(await graphqlSchema(), parse(readFileSync(EXAMPLES_FILE, 'utf8')))).toEqual([]);
  });

  it.each(examples.map((example) => [example.name, example.source]))('runs %s without errors', async (name, source) => {
    const { status, body } = await postGraphql(server.origin, source);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    results.set(name, body.data);
  });

  it('walks who rejected whose precondition', () => {
    const { rejections } = results.get('WhoRejectedWhosePrecondition');
    expect(rejections.totalCount).toBeGreaterThan(0);
    for (const rejection of rejections.nodes) {
      expect(rejection.demand.kind).toBe('PRECONDITION');
      expect(rejection.rejecter.name).toEqual(expect.any(String));
      expect(rejection.owner.name).toEqual(expect.any(String));
      expect(rejection.article.title).toEqual(expect.any(String));
    }
  });

  it('finds one person by three spellings of an alias', () => {
    const data = results.get('AliasSearch');
    const zelensky = { id: 'actor-volodymyr-zelensky', name: expect.any(String) };
    expect(data.russianSpelling.nodes).toContainEqual(zelensky);
    expect(data.ukrainianSpelling.nodes).toContainEqual(zelensky);
    expect(data.accented.nodes).toContainEqual(zelensky);
    expect(data.byTitle.nodes.map((actor: { id: string }) => actor.id)).toContain('actor-dmitry-peskov');
  });

  it('finds people by name however they are spelt, best match first', () => {
    const data = results.get('NameSearch');
    expect(data.cyrillic[0].node).toEqual({ id: 'actor-volodymyr-zelensky', name: 'Volodymyr Zelensky' });
    expect(data.transliterated[0].node.id).toBe('actor-dmitry-peskov');
    expect(data.typo[0].node.id).toBe('actor-dmytro-kuleba');
    expect(data.typo[0].score).toBeGreaterThan(0);
  });

  it('pages through statements with the cursor it gave out', async () => {
    const first = results.get('PagedStatements').statements;
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const source = examples.find((example) => example.name === 'PagedStatements')!.source;
    const { body } = await postGraphql(server.origin, source, { after: first.pageInfo.endCursor });
    const second = body.data!.statements;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...first.edges, ...second.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(10);
    const dates = [...first.edges, ...second.edges].map(
      (edge: { node: { date: { value: string } } }) => edge.node.date.value,
    );
    expect(dates).toEqual([...dates].sort());
  });

  it('connects Zelensky and Crimea by a path with its edges', () => {
    const { path } = results.get('ShortestPath');
    expect(path.length).toBeGreaterThan(0);
    expect(path.length).toBeLessThanOrEqual(4);
    expect(path.nodes[0].id).toBe('actor-volodymyr-zelensky');
    expect(path.nodes[path.nodes.length - 1].id).toBe('territory-crimea');
    expect(path.steps).toHaveLength(path.length);
  });

  it('answers the other examples with data', () => {
    expect(results.get('RejectionsOfRussianDemands').rejections.totalCount).toBeGreaterThan(0);
    expect(results.get('ActorNeighbourhood').actor.statements.totalCount).toBeGreaterThan(0);
    expect(results.get('PutinTimeline').timeline.totalCount).toBeGreaterThan(0);
    expect(results.get('TerritorialDemands').demands.totalCount).toBeGreaterThan(0);
    expect(results.get('CrimeaClaims').territory.claimants.edges.length).toBeGreaterThan(0);
    expect(results.get('StatementsAboutNato').statements.totalCount).toBeGreaterThan(0);
    expect(results.get('Articles').articles.totalCount).toBe(5);
    expect(results.get('AnyNode').node.__typename).toBe('Territory');
  });

  it('runs the mutation examples in order with a key: article, statement, demand, rejection', async () => {
    const token = `t${randomBytes(4).toString('hex')}`;
    const mutations = new Map(
      exampleOperations()
        .filter((op) => op.kind === 'mutation')
        .map((op) => [op.name, op.source]),
    );
    const steps = exampleMutationSteps(token);
    try {
      for (const [name, input] of steps) {
        const { status, body } = await postGraphql(
          server.origin,
          mutations.get(name)!,
          { input },
          { 'x-api-key': key },
        );
        expect({ name, errors: body.errors }).toEqual({ name, errors: undefined });
        expect(status).toBe(200);
        if (name === 'AddRejection') {
          expect(body.data!.addRejection).toMatchObject({
            rejecter: { name: expect.any(String) },
            owner: { name: expect.any(String) },
            date: { value: '2025-03' },
          });
        }
      }
    } finally {
      const db = connectTestDatabase();
      await removeByToken(db.executor, token);
      await db.close();
    }
  });
});
