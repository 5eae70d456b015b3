import { loadConfig } from '../../src/config';
import { postGraphql, startTestServer } from '../support/test-server';

// The per-client rate limit and the response size cap, each on a server of
// its own with the limit made small enough to reach in a test.
const READER_KEY = 'reader-key-0123456789';

describe('rate limit per API key or address', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    server = await startTestServer({
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_MS: '60000',
      API_KEYS: `reader:${READER_KEY}:reader`,
    });
  });
  afterAll(() => server.close());

  const query = '{ actors(first: 1) { nodes { name } } }';

  it('answers 429 RATE_LIMITED with Retry-After past the limit; a valid key has its own budget, an invented one does not', async () => {
    for (let request = 1; request <= 5; request++) {
      const answer = await postGraphql(server.origin, query);
      expect({ request, status: answer.status }).toEqual({ request, status: 200 });
    }
    const refused = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].extensions.retryAfterSeconds).toBe(retryAfter);
    expect(body.errors[0].message).toMatch(/at most 5 every 60 s/);

    // Same address, but a valid key: counted apart.
    const withKey = await postGraphql(server.origin, query, {}, { 'x-api-key': READER_KEY });
    expect(withKey.status).toBe(200);
    // A made-up key buys no fresh budget: it counts as the address.
    const invented = await postGraphql(server.origin, query, {}, { 'x-api-key': 'invented-key-0123456789' });
    expect(invented.status).toBe(429);
    expect(invented.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('defaults to a limit above the bursts of the test suite and of a front end', () => {
    const defaults = loadConfig({}).limits;
    expect(defaults.rateLimitMax).toBeGreaterThanOrEqual(1_000);
    expect(defaults.rateLimitWindowMs).toBe(60_000);
    expect(loadConfig({ RATE_LIMIT_MAX: '0' }).limits.rateLimitMax).toBe(0);
  });
});

describe('response size cap', () => {
  const exportsQuery = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `e${i}: analytics { export(graph: FULL, format: ${['GRAPHML', 'GRAPHOLOGY', 'CSV'][i % 3]}) { nodeCount files { name content } } }`).join(' ')} }`;

  it('refuses fifteen full exports with the default cap (when the cost limit is raised to let them run)', async () => {
    const server = await startTestServer({ MAX_COST: '1000000', RATE_LIMIT_MAX: '0' });
    try {
      const { maxResponseBytes } = loadConfig({}).limits;
      const response = await postGraphql(server.origin, exportsQuery(15));
      expect({ status: response.status, codes: response.body.errors?.map((e) => e.extensions?.code) }).toEqual({
        status: 400,
        codes: ['RESPONSE_TOO_LARGE'],
      });
      expect(response.body.data).toBeUndefined();
      const [error] = response.body.errors ?? [];
      expect(error?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect(error?.extensions?.limit).toBe(maxResponseBytes);
      expect(error?.extensions?.bytes).toBeGreaterThan(maxResponseBytes);
      // One export is well within it.
      const one = await postGraphql(server.origin, exportsQuery(1));
      expect(one.body.errors).toBeUndefined();
      expect(one.body.data!.e0.export.files[0].content.length).toBeGreaterThan(10_000);
    } finally {
      await server.close();
    }
  });

  it('applies MAX_RESPONSE_BYTES as configured', async () => {
    const server = await startTestServer({ MAX_RESPONSE_BYTES: '5000', RATE_LIMIT_MAX: '0' });
    try {
      const small = await postGraphql(server.origin, '{ actors(first: 2) { nodes { name } } }');
      expect(small.status).toBe(200);
      expect(small.body.errors).toBeUndefined();
      const large = await postGraphql(server.origin, '{ statements(first: 50) { nodes { id text } } }');
      expect(large.status).toBe(400);
      expect(large.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: 5000 });
      expect(large.body.errors?.[0]?.message).toMatch(/MAX_RESPONSE_BYTES/);
    } finally {
      await server.close();
    }
  });
});
