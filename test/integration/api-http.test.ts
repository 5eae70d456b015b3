import { Neo4jError } from 'neo4j-driver';
import type { Executor } from '../../src/db/executor';
import { startAppWith } from '../support/api-app';
import { postGraphql, startTestServer } from '../support/test-server';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const landingPage = async (origin: string) =>
  (await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } })).text();
// The CSP header names the Sandbox CDN on every landing page; only the Sandbox loads a script from it.
const SANDBOX = /src="https:\/\/embeddable-sandbox\.cdn\.apollographql\.com/;

describe('landing page and introspection by mode', () => {
  it('shows Apollo Sandbox and allows introspection in development', async () => {
    const server = await startTestServer({ SEED_ON_START: 'false', NODE_ENV: 'development' });
    try {
      expect(await landingPage(server.origin)).toMatch(SANDBOX);
      const { body } = await postGraphql(server.origin, INTROSPECTION);
      expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await server.close();
    }
  });

  it('shows the production landing page and refuses introspection by default in production', async () => {
    const server = await startTestServer({ SEED_ON_START: 'false', NODE_ENV: 'production' });
    try {
      const page = await landingPage(server.origin);
      expect(page).not.toMatch(SANDBOX);
      expect(page).toContain('%22isProd%22%3Atrue');
      const { body } = await postGraphql(server.origin, INTROSPECTION);
      expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // Ordinary reads still work.
      const read = await postGraphql(server.origin, '{ articles(first: 1) { totalCount } }');
      expect(read.body.errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('allows introspection in production when GRAPHQL_INTROSPECTION=true, still with the production landing page', async () => {
    const server = await startTestServer({
      SEED_ON_START: 'false',
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
    });
    try {
      expect(await landingPage(server.origin)).not.toMatch(SANDBOX);
      const { body } = await postGraphql(server.origin, INTROSPECTION);
      expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await server.close();
    }
  });
});

describe('errors a client sees', () => {
  // An executor that fails the way a broken query would: the message names
  // database internals that must never reach a client in production.
  const internals = 'Invalid input at line 1 (offset: 7): MATCH (n:SecretLabel) RETURN n.passwordHash';
  const brokenExecutor = {
    read: async () => {
      throw new Neo4jError(internals, 'Neo.ClientError.Statement.SyntaxError', 'gqlStatus', 'description');
    },
    // The change feed's reader (every app starts one) asks for its own time limit: the same broken reads.
    withTimeout() {
      return this;
    },
    // Each request's executor carries its bookmarks: the same reads.
    withBookmarks() {
      return this;
    },
  } as unknown as Executor;

  it('hides database internals and stack traces in production', async () => {
    const app = await startAppWith(brokenExecutor, { NODE_ENV: 'production' });
    try {
      const { status, body } = await postGraphql(app.origin, '{ actors { totalCount } }');
      expect(status).toBe(200);
      expect(body.errors).toEqual([
        {
          message: 'Internal server error',
          path: ['actors'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/SecretLabel|passwordHash|Neo\.ClientError|stacktrace|at /);
    } finally {
      await app.close();
    }
  });

  it('keeps client-facing codes and messages in production, without stack traces', async () => {
    const app = await startAppWith(brokenExecutor, { NODE_ENV: 'production' });
    try {
      const { status, body } = await postGraphql(app.origin, '{ actors(first: 1000) { totalCount } }');
      expect(status).toBe(400);
      expect(body.errors![0].message).toBe('first must be at most 100, got 1000');
      expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first', maximum: 100 });
    } finally {
      await app.close();
    }
  });

  it('shows the detail of an internal error in development, to whoever runs it locally', async () => {
    const app = await startAppWith(brokenExecutor, { NODE_ENV: 'development' });
    try {
      const { body } = await postGraphql(app.origin, '{ actors { totalCount } }');
      expect(body.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', detail: internals });
    } finally {
      await app.close();
    }
  });

  it('answers NOT_FOUND (HTTP 404, from the error class) for an unknown actor, with the data null', async () => {
    const server = await startTestServer({ SEED_ON_START: 'false', NODE_ENV: 'production' });
    try {
      const { status, body } = await postGraphql(server.origin, '{ actor(id: "actor-nobody") { name } }');
      expect(status).toBe(404);
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        {
          message: 'No Actor with id "actor-nobody"',
          path: ['actor'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'NOT_FOUND' },
        },
      ]);
    } finally {
      await server.close();
    }
  });
});
