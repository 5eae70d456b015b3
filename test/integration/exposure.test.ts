import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig, repoRoot } from '../../src/config';
import type { Executor } from '../../src/db/executor';
import { AppUnderTest, startAppWith } from '../support/api-app';
import { postGraphql, startTestServer } from '../support/test-server';

// What an answer may show about the server: no stack trace and no server
// path in any mode, no "Did you mean" hints in production, and
// /explore/data.json held to the rules of a GraphQL read.
type Server = Awaited<ReturnType<typeof startTestServer>>;

const WRONG_ENUM = '{ analytics(level: ACTO) { centrality { method } } }';
const WRONG_ENUM_VARIABLE = 'query($level: AnalyticsLevel!) { analytics(level: $level) { centrality { method } } }';

describe('development mode', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'development' });
  });
  afterAll(() => server?.close());

  it.each([
    ['a validation error', '{ nope }', {}],
    ['a NOT_FOUND', '{ actor(id: "actor-nobody") { id } }', {}],
    ['a BAD_USER_INPUT', '{ path(from: "a", to: "b", maxHops: 99) { length } }', {}],
    ['a bad variable', WRONG_ENUM_VARIABLE, { level: 'ACTO' }],
  ])('sends %s without a stack trace or a server path', async (_name, query, variables) => {
    const { status, body } = await postGraphql(server.origin, query, variables);
    const text = JSON.stringify(body);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.errors!.length).toBeGreaterThan(0);
    expect(body.errors!.every((error) => error.extensions?.stacktrace === undefined)).toBe(true);
    expect(text).not.toContain(repoRoot);
    expect(text).not.toContain('node_modules');
  });

  it('keeps the "Did you mean" hints that help a developer', async () => {
    const { body } = await postGraphql(server.origin, WRONG_ENUM);
    expect(body.errors![0].message).toMatch(/Did you mean the enum value "ACTOR"\?/);
  });
});

describe('production mode', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server?.close());

  it('hides enum suggestions, in the document and in variables', async () => {
    const inline = await postGraphql(server.origin, WRONG_ENUM);
    expect(inline.status).toBe(400);
    expect(inline.body.errors![0].message).toBe('Value "ACTO" does not exist in "AnalyticsLevel" enum.');
    const variable = await postGraphql(server.origin, WRONG_ENUM_VARIABLE, { level: 'ACTO' });
    expect(variable.status).toBe(400);
    expect(variable.body.errors![0].message).toMatch(/^Variable "\$level" got invalid value "ACTO"/);
    expect(JSON.stringify(variable.body)).not.toMatch(/Did you mean|ACTOR/);
  });

  it('hides argument and field suggestions too', async () => {
    const { body } = await postGraphql(server.origin, '{ actors(serch: "x") { totalCont } }');
    expect(body.errors!.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|search|totalCount/);
  });
});

describe('/explore/data.json', () => {
  const reader = 'explore-reader-key-0123456789';
  let guarded: Server;
  let hurried: AppUnderTest;
  beforeAll(async () => {
    guarded = await startTestServer({ READS_REQUIRE_AUTH: 'true', API_KEYS: `reader:${reader}:reader` });
    // The HTTP deadline alone, whatever the database does: an app whose reads never answer.
    const neverAnswers = {
      read: () => new Promise(() => undefined),
      // The change feed's reader (every app starts one) asks for its own time limit: reads that never answer too.
      withTimeout() {
        return this;
      },
      // Each request's executor carries its bookmarks: the same reads.
      withBookmarks() {
        return this;
      },
    } as unknown as Executor;
    hurried = await startAppWith(neverAnswers, { REQUEST_TIMEOUT_MS: '300', CYPHER_TIMEOUT_MS: '200' });
  });
  afterAll(async () => {
    await guarded?.close();
    await hurried?.close();
  });

  it('requires an API key when READS_REQUIRE_AUTH is on, as /graphql does', async () => {
    const anonymous = await fetch(`${guarded.origin}/explore/data.json`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
    });
    const wrongKey = await fetch(`${guarded.origin}/explore/data.json`, { headers: { 'x-api-key': 'not-a-key' } });
    expect(wrongKey.status).toBe(401);
    const withKey = await fetch(`${guarded.origin}/explore/data.json`, {
      headers: { authorization: `Bearer ${reader}` },
    });
    expect(withKey.status).toBe(200);
    expect(((await withKey.json()) as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });

  it('answers within the request deadline, with 503 REQUEST_TIMEOUT when the reads take longer', async () => {
    const started = Date.now();
    const response = await fetch(`${hurried.origin}/explore/data.json`);
    const elapsed = Date.now() - started;
    expect(response.status).toBe(503);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'REQUEST_TIMEOUT',
    });
    expect(elapsed).toBeLessThan(3_000);
  });
});

describe('where the server listens', () => {
  it('binds 127.0.0.1 unless HOST says otherwise, in every mode', () => {
    for (const NODE_ENV of ['development', 'production', 'test']) {
      expect(loadConfig({ NODE_ENV }).host).toBe('127.0.0.1');
    }
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('runs production mode in docker-compose, where it listens on every interface', () => {
    const compose = parse(fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'));
    expect(compose.services.api.environment).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
  });
});
