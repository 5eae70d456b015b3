import type { GraphQLSchema } from 'graphql';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { errorCodes, postQuery, RawResponse, send } from '../support/hardening-http';
import { HardeningReport } from '../support/hardening-report';
import { mutationProbes } from '../support/hardening-schema';
import { startTestServer } from '../support/test-server';

// Who may do what: reads public by default (READS_REQUIRE_AUTH turns that
// off), mutations only with a key, CORS only for listed origins, and
// Apollo's CSRF prevention still in front of GET.
const editorKey = 'editor-key-0123456789';
const adminKey = 'admin-key-0123456789ab';
const apiKeys = `eddie:${editorKey}:editor,ada:${adminKey}:admin`;
const frontEnd = 'https://front.example';
const report = new HardeningReport('Authentication, CORS and CSRF', 'refused right');

function refused(category: string, response: RawResponse, status: number, code: string): boolean {
  const ok = response.status === status && errorCodes(response).includes(code);
  report.record(category, ok);
  return ok;
}

afterAll(() => report.print());

describe('with READS_REQUIRE_AUTH and CORS_ORIGINS set', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer({
      NODE_ENV: 'production',
      READS_REQUIRE_AUTH: 'true',
      API_KEYS: apiKeys,
      CORS_ORIGINS: frontEnd,
    });
  });
  afterAll(() => server.close());

  it('refuses anonymous and unknown-key reads with 401 UNAUTHENTICATED', async () => {
    expect(
      refused(
        'read without a key (reads require auth)',
        await postQuery(server.origin, '{ __typename }'),
        401,
        'UNAUTHENTICATED',
      ),
    ).toBe(true);
    const badHeaders: Record<string, string>[] = [
      { authorization: 'Bearer wrong-key-0123456789' },
      { 'x-api-key': 'wrong-key-0123456789' },
      { authorization: `Bearer ${editorKey}x` },
    ];
    for (const header of badHeaders) {
      expect(
        refused(
          'read with a bad key',
          await postQuery(server.origin, '{ __typename }', {}, header),
          401,
          'UNAUTHENTICATED',
        ),
      ).toBe(true);
    }
  });

  it('serves reads with a valid key, as bearer token or X-API-Key', async () => {
    expect(
      (await postQuery(server.origin, '{ __typename }', {}, { authorization: `Bearer ${editorKey}` })).json?.data,
    ).toEqual({ __typename: 'Query' });
    expect((await postQuery(server.origin, '{ __typename }', {}, { 'x-api-key': adminKey })).json?.data).toEqual({
      __typename: 'Query',
    });
  });

  it('answers CORS preflights for the listed origin only', async () => {
    const preflight = (origin: string) =>
      send(server.origin, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight(frontEnd);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(frontEnd);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    for (const origin of ['https://evil.example', 'https://front.example.evil.example', 'null']) {
      const denied = await preflight(origin);
      const ok = denied.headers.get('access-control-allow-origin') === null;
      report.record('cross-origin preflight from an unlisted origin', ok);
      expect(ok).toBe(true);
    }
  });
});

describe('with the defaults', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production', API_KEYS: apiKeys });
    schema = await graphqlSchema();
  });
  afterAll(() => server.close());

  it('serves anonymous reads', async () => {
    const response = await postQuery(server.origin, '{ __typename }');
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ __typename: 'Query' });
  });

  it('sends no CORS headers to any origin', async () => {
    const response = await send(server.origin, {
      headers: { 'content-type': 'application/json', origin: 'https://front.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const ok = response.headers.get('access-control-allow-origin') === null;
    report.record('cross-origin request, no CORS_ORIGINS', ok);
    expect(ok).toBe(true);
  });

  it('keeps CSRF prevention on: simple GETs are refused, GETs with a preflight header served', async () => {
    const blocked = await send(server.origin, { method: 'GET', path: '/graphql?query=%7B__typename%7D' });
    expect(refused('CSRF: GET a cross-site page could send', blocked, 400, 'BAD_REQUEST')).toBe(true);
    const formPost = await send(server.origin, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(refused('CSRF: form POST', formPost, 415, 'UNSUPPORTED_MEDIA_TYPE')).toBe(true);
    const allowed = await send(server.origin, {
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('refuses every mutation without a key (UNAUTHENTICATED), and over GET', async () => {
    const probes = mutationProbes(schema);
    // The API has mutations: finding none means the probes lost track of them.
    expect(probes.length).toBeGreaterThan(0);
    for (const probe of probes) {
      // Valid arguments, so only the missing key can be the reason.
      const response = await postQuery(server.origin, probe.query, probe.variables);
      expect(refused('mutation without a key', response, 401, 'UNAUTHENTICATED')).toBe(true);
      const params = new URLSearchParams({ query: probe.query, variables: JSON.stringify(probe.variables) });
      const overGet = await send(server.origin, {
        method: 'GET',
        path: `/graphql?${params}`,
        headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${adminKey}` },
      });
      expect(refused('mutation over GET (even with a key)', overGet, 405, 'BAD_REQUEST')).toBe(true);
    }
  });
});
