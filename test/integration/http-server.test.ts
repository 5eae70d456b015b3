import { startTestServer, postGraphql } from '../support/test-server';

describe('HTTP server over the real Neo4j', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer({ WARMUP: 'on' });
  });
  afterAll(() => server.close());

  it('answers /health while the process is up', async () => {
    const response = await fetch(`${server.origin}/health`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ok');
  });

  it('answers /ready with 200 once Neo4j is reachable and the schema applied', async () => {
    const response = await fetch(`${server.origin}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, database: 'reachable', schema: 'applied', warmup: 'done' });
  });

  it('serves GraphQL with data read from Neo4j', async () => {
    const { status, body } = await postGraphql(
      server.origin,
      '{ graphStats { nodes { name count } edges { name count } } }',
    );
    expect(status).toBe(200);
    const articles = body.data!.graphStats.nodes.find((n: { name: string }) => n.name === 'Article');
    expect(articles.count).toBeGreaterThanOrEqual(5);
  });

  it('shows Apollo Sandbox as the landing page in development', async () => {
    const response = await fetch(`${server.origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/src="https:\/\/embeddable-sandbox\.cdn\.apollographql\.com/);
  });

  it('refuses an unknown API key with UNAUTHENTICATED', async () => {
    const { status, body } = await postGraphql(
      server.origin,
      '{ graphStats { nodes { name } } }',
      {},
      { authorization: 'Bearer not-a-key' },
    );
    expect(status).toBe(401);
    expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('HTTP server in production mode', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server.close());

  it('shows the production landing page and turns introspection off by default', async () => {
    const page = await (await fetch(`${server.origin}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).not.toMatch(/src="https:\/\/embeddable-sandbox/);
    expect(page).toContain('%22isProd%22%3Atrue');
    const { body } = await postGraphql(server.origin, '{ __schema { queryType { name } } }');
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
