import { ApolloClient, gql, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { randomBytes } from 'node:crypto';
import type { RunningServer } from '../../src/server';
import { removeByToken } from '../support/api-fixture-graph';
import { runWrites, scriptedWrites } from '../support/feed-script';
import {
  type Event,
  feedAfter,
  feedEnd,
  graphqlWsClient,
  startServerProcess,
  subscribeSse,
  subscribeWs,
} from '../support/subscription-clients';
import { postGraphql, startTestServer } from '../support/test-server';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

const GRAPH_CHANGED = `subscription($after: String, $types: [ChangeEntity!]) {
  graphChanged(after: $after, types: $types) { cursor kind entity id from to }
}`;
const STATEMENT_ADDED = `subscription($after: String, $speaker: ID) {
  statementAdded(after: $after, speaker: $speaker) { cursor statement { id speaker { id } } }
}`;
const REJECTION_ADDED = `subscription($after: String, $kind: DemandKind, $owner: ID) {
  rejectionAdded(after: $after, demandKind: $kind, owner: $owner) {
    cursor rejection { rejecter { id } owner { id } demand { id kind } statement { id } }
  }
}`;
const DEMAND_CHANGED = `subscription($after: String, $demand: ID) {
  demandChanged(after: $after, demand: $demand) { cursor kind demandId demand { id } change { entity } }
}`;

const cursors = (events: Event[]) => events.map((event) => event.cursor as string);
const hasCursor = (cursor: string) => (events: Event[]) => events.some((event) => event.cursor === cursor);

// Subscriptions with real clients (graphql-ws, graphql-sse, Apollo Client)
// against the real server and Neo4j: a scripted series of writes arrives
// complete and in order, also across a reconnect, a server restart and a
// second API process.
describe('subscriptions', () => {
  const key = `subscriber-${randomBytes(8).toString('hex')}`;
  const tokens: string[] = [];
  const token = () => {
    const value = `t${randomBytes(4).toString('hex')}`;
    tokens.push(value);
    return value;
  };
  let db: TestDatabase;
  let server: RunningServer & { origin: string };
  // A loaded machine must not fail a write on its deadline: delivery is what is tested here.
  const env = { API_KEYS: `subs:${key}:editor`, REQUEST_TIMEOUT_MS: '60000', CYPHER_TIMEOUT_MS: '55000' };
  const start = () => startTestServer({ SEED_ON_START: 'false', WARMUP: 'off', ...env });

  beforeAll(async () => {
    db = connectTestDatabase();
    server = await start();
  });
  afterAll(async () => {
    await server.close();
    for (const value of tokens) {
      await removeByToken(db.executor, value);
    }
    await db.close();
  });

  it('graphql-ws: every record of a series of writes, in order, and the filtered events', async () => {
    const t = token();
    const after = await feedEnd(server.origin);
    const client = graphqlWsClient(server.port, key);
    try {
      const all = subscribeWs(client, 'graphChanged', GRAPH_CHANGED, { after });
      const statements = subscribeWs(client, 'statementAdded', STATEMENT_ADDED, { after });
      const byUkraine = subscribeWs(client, 'statementAdded', STATEMENT_ADDED, { after, speaker: 'actor-ukraine' });
      const rejections = subscribeWs(client, 'rejectionAdded', REJECTION_ADDED, {
        after,
        kind: 'PRECONDITION',
        owner: 'actor-russia',
      });
      const demand = subscribeWs(client, 'demandChanged', DEMAND_CHANGED, { after, demand: `demand-${t}` });
      await runWrites(server.origin, key, scriptedWrites(t));

      const expected = await feedAfter(server.origin, after);
      expect(expected.length).toBeGreaterThan(10);
      const received = await all.until(hasCursor(expected[expected.length - 1].cursor));
      expect(received).toEqual(expected);

      await rejections.until((events) => events.length >= 1);
      expect(rejections.events).toEqual([
        {
          cursor: expect.any(String),
          rejection: {
            rejecter: { id: 'actor-ukraine' },
            owner: { id: 'actor-russia' },
            demand: { id: `demand-${t}`, kind: 'PRECONDITION' },
            statement: { id: `stmt-${t}-02` },
          },
        },
      ]);
      // Everything up to the rejection has been delivered by now, on the same feed.
      expect(statements.events.map((event) => event.statement.id)).toEqual([`stmt-${t}-01`, `stmt-${t}-02`]);
      expect(byUkraine.events.map((event) => event.statement)).toEqual([
        { id: `stmt-${t}-02`, speaker: { id: 'actor-ukraine' } },
      ]);
      const demandEvents = await demand.until((events) => events.some((event) => event.change.entity === 'REJECTS'));
      expect(demandEvents[0]).toMatchObject({
        kind: 'CREATED',
        demandId: `demand-${t}`,
        demand: { id: `demand-${t}` },
      });
      expect(new Set(demandEvents.map((event) => event.demandId))).toEqual(new Set([`demand-${t}`]));
      // Each event's cursor is the record's place in the feed.
      const order = cursors(expected);
      expect(cursors(statements.events).map((cursor) => order.indexOf(cursor))).toEqual(
        [...cursors(statements.events).map((cursor) => order.indexOf(cursor))].sort((a, b) => a - b),
      );
    } finally {
      await client.dispose();
    }
  });

  it('graphql-ws: a client that reconnects with after: its last cursor misses nothing and gets nothing twice', async () => {
    const t = token();
    const writes = scriptedWrites(t);
    const after = await feedEnd(server.origin);
    const first = graphqlWsClient(server.port, key);
    const before = subscribeWs(first, 'graphChanged', GRAPH_CHANGED, { after });
    await runWrites(server.origin, key, writes.slice(0, 3));
    const part = await feedAfter(server.origin, after);
    await before.until(hasCursor(part[part.length - 1].cursor));
    await first.dispose();
    const last = before.events[before.events.length - 1].cursor as string;

    // Written while no client listens.
    await runWrites(server.origin, key, writes.slice(3));
    const second = graphqlWsClient(server.port, key);
    try {
      const resumed = subscribeWs(second, 'graphChanged', GRAPH_CHANGED, { after: last });
      const expected = await feedAfter(server.origin, after);
      await resumed.until(hasCursor(expected[expected.length - 1].cursor));
      expect([...before.events, ...resumed.events]).toEqual(expected);
    } finally {
      await second.dispose();
    }
  });

  it('graphql-sse: the same series, replayed and then live, in order; a bad key is refused with 401', async () => {
    const t = token();
    const writes = scriptedWrites(t);
    const after = await feedEnd(server.origin);
    await runWrites(server.origin, key, writes.slice(0, 2));
    // Subscribed after the first writes: they are replayed, the rest arrive live.
    const stream = subscribeSse(server.origin, key, 'graphChanged', GRAPH_CHANGED, { after });
    const statements = subscribeSse(server.origin, key, 'statementAdded', STATEMENT_ADDED, { after });
    try {
      await runWrites(server.origin, key, writes.slice(2));
      const expected = await feedAfter(server.origin, after);
      expect(await stream.until(hasCursor(expected[expected.length - 1].cursor))).toEqual(expected);
      await statements.until((events) => events.length >= 2);
      expect(statements.events.map((event) => event.statement.id)).toEqual([`stmt-${t}-01`, `stmt-${t}-02`]);
    } finally {
      stream.stop();
      statements.stop();
    }

    const refused = await fetch(`${server.origin}/graphql/stream`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'x-api-key': 'not-a-key-at-all-0000',
      },
      body: JSON.stringify({ query: GRAPH_CHANGED }),
    });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as Event).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses over graphql-ws what POST refuses: too deep, a bad cursor, a query, a bad key; and subscriptions over POST', async () => {
    const client = graphqlWsClient(server.port, key);
    try {
      const deep = subscribeWs(client, 'statementAdded', deepSubscription(14), {});
      await expect(deep.until(() => false, 5_000)).rejects.toThrow(/depth/i);
      const cursor = subscribeWs(client, 'graphChanged', GRAPH_CHANGED, { after: 'nope' });
      await expect(cursor.until(() => false, 5_000)).rejects.toThrow(/BAD_USER_INPUT/);
      const query = subscribeWs(client, 'graphStats', '{ graphStats { nodes { name } } }', {});
      await expect(query.until(() => false, 5_000)).rejects.toThrow(/Only subscriptions are served here/);
    } finally {
      await client.dispose();
    }
    // An unknown key closes the socket with 4403 before any subscription runs.
    const intruder = graphqlWsClient(server.port, 'not-a-key-at-all-0000');
    try {
      const denied = subscribeWs(intruder, 'graphChanged', GRAPH_CHANGED, {});
      await expect(denied.until(() => false, 5_000)).rejects.toThrow();
      expect((denied.errors[0] as { code?: number }).code).toBe(4403);
    } finally {
      await intruder.dispose();
    }
    const { status, body } = await postGraphql(server.origin, GRAPH_CHANGED);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toMatch(/graphql-ws/);
  });

  it('Apollo Client with a split link: mutations over HTTP, subscription over graphql-ws', async () => {
    const t = token();
    const after = await feedEnd(server.origin);
    const wsClient = graphqlWsClient(server.port, key);
    const http = new HttpLink({ uri: `${server.origin}/graphql`, headers: { 'x-api-key': key } });
    const link = split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      new GraphQLWsLink(wsClient),
      http,
    );
    const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
    const events: Event[] = [];
    const subscription = apollo
      .subscribe({ query: gql(STATEMENT_ADDED), variables: { after } })
      .subscribe({ next: (result) => events.push((result.data as Event).statementAdded) });
    try {
      for (const write of scriptedWrites(t)) {
        const result = await apollo.mutate({ mutation: gql(write.document), variables: write.variables });
        expect(result.error).toBeUndefined();
      }
      const deadline = Date.now() + 20_000;
      while (events.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.map((event) => event.statement.id)).toEqual([`stmt-${t}-01`, `stmt-${t}-02`]);
    } finally {
      subscription.unsubscribe();
      apollo.stop();
      await wsClient.dispose();
    }
  });

  it('across a server restart: a client resumes on the new server from its last cursor', async () => {
    const t = token();
    const writes = scriptedWrites(t);
    const after = await feedEnd(server.origin);
    const first = graphqlWsClient(server.port, key);
    const before = subscribeWs(first, 'graphChanged', GRAPH_CHANGED, { after });
    await runWrites(server.origin, key, writes.slice(0, 2));
    const part = await feedAfter(server.origin, after);
    await before.until(hasCursor(part[part.length - 1].cursor));
    const last = before.events[before.events.length - 1].cursor as string;

    await server.close();
    await first.dispose();
    server = await start();
    // Written on the new server before the client is back.
    await runWrites(server.origin, key, writes.slice(2, 4));
    const second = graphqlWsClient(server.port, key);
    try {
      const resumed = subscribeWs(second, 'graphChanged', GRAPH_CHANGED, { after: last });
      await runWrites(server.origin, key, writes.slice(4));
      const expected = await feedAfter(server.origin, after);
      await resumed.until(hasCursor(expected[expected.length - 1].cursor));
      expect([...before.events, ...resumed.events]).toEqual(expected);
    } finally {
      await second.dispose();
    }
  });

  it('two API processes on one Neo4j: a subscriber on this one gets the writes made through the other', async () => {
    const t = token();
    const other = await startServerProcess(env);
    const client = graphqlWsClient(server.port, key);
    try {
      const after = await feedEnd(server.origin);
      const here = subscribeWs(client, 'graphChanged', GRAPH_CHANGED, { after });
      const sse = subscribeSse(other.origin, key, 'statementAdded', STATEMENT_ADDED, { after });
      await runWrites(other.origin, key, scriptedWrites(t).slice(0, 2));
      const expected = await feedAfter(server.origin, after);
      expect(expected).toEqual(
        expect.arrayContaining([expect.objectContaining({ entity: 'Statement', id: `stmt-${t}-01` })]),
      );
      expect(await here.until(hasCursor(expected[expected.length - 1].cursor))).toEqual(expected);
      // And the other way round: written here, seen by a subscriber of the other process.
      await runWrites(server.origin, key, scriptedWrites(t).slice(2, 4));
      await sse.until((events) => events.length >= 2);
      expect(sse.events.map((event) => event.statement.id)).toEqual([`stmt-${t}-01`, `stmt-${t}-02`]);
      sse.stop();
    } finally {
      await client.dispose();
      await other.stop();
    }
  });
});

/** A statementAdded selection nested `depth` levels deep (speaker, statements, speaker, ...). */
function deepSubscription(depth: number): string {
  let selection = 'id';
  for (let level = 0; level < depth; level++) {
    selection = level % 2 === 0 ? `speaker { ${selection} }` : `statements { nodes { ${selection} } }`;
  }
  return `subscription { statementAdded { statement { ${selection} } } }`;
}
