import { ClientError, GraphQLClient } from 'graphql-request';
import { exampleOperations } from '../support/api-examples';
import { startTestServer } from '../support/test-server';

// A GraphQL client none of us wrote (graphql-request) runs the example
// operations against the real server and the seeded graph.
describe('graphql-request against the running server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let client: GraphQLClient;
  beforeAll(async () => {
    server = await startTestServer({ SEED_ON_START: 'false' });
    client = new GraphQLClient(`${server.origin}/graphql`);
  });
  afterAll(() => server.close());

  const queries = exampleOperations().filter((operation) => operation.kind === 'query');

  it.each(queries.map((operation) => [operation.name, operation.source]))('runs %s', async (_name, source) => {
    const data = await client.request<Record<string, unknown>>(source);
    const values = Object.values(data);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => value !== null)).toBe(true);
  });

  it('pages with variables and the cursors the server gave out', async () => {
    const source = queries.find((operation) => operation.name === 'PagedStatements')!.source;
    type Page = {
      statements: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { id: string } }[] };
    };
    const first = await client.request<Page>(source);
    const second = await client.request<Page>(source, { after: first.statements.pageInfo.endCursor });
    const ids = [...first.statements.edges, ...second.statements.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(10);
  });

  it('surfaces error codes to the client', async () => {
    const error = await client.request('{ actor(id: "actor-nobody") { name } }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
