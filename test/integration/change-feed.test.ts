import { randomBytes } from 'node:crypto';
import { removeByToken } from '../support/api-fixture-graph';
import { runWrites, scriptedWrites } from '../support/feed-script';
import { postGraphql, startTestServer } from '../support/test-server';
import { connectTestDatabase, TestDatabase } from '../support/test-database';
import type { RunningServer } from '../../src/server';

// The change feed: records appended by every write, in the write's own
// transaction, paged through with `changes`.
describe('the change feed', () => {
  const key = `feed-editor-${randomBytes(8).toString('hex')}`;
  const token = `t${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let server: RunningServer & { origin: string };

  const CHANGES = `query($after: String, $first: Int, $types: [ChangeEntity!]) {
    changes(after: $after, first: $first, types: $types) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { cursor kind entity id from to edition author operation at }
    }
  }`;
  const changes = async (variables: Record<string, unknown>) => {
    const { status, body } = await postGraphql(server.origin, CHANGES, variables);
    return { status, body, page: body.data?.changes };
  };
  // Where the feed ends before this file writes: the last page's endCursor.
  const feedEnd = async (): Promise<string | null> => {
    let after: string | null = null;
    for (;;) {
      const { page } = await changes({ after, first: 100 });
      if (!page.pageInfo.hasNextPage) return page.pageInfo.endCursor ?? after;
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    db = connectTestDatabase();
    server = await startTestServer({
      SEED_ON_START: 'false',
      API_KEYS: `feeder:${key}:editor`,
      WARMUP: 'off',
      // The machine the suite runs on may be loaded: a mutation's deadline is not what is tested here.
      REQUEST_TIMEOUT_MS: '60000',
      CYPHER_TIMEOUT_MS: '55000',
    });
  });
  afterAll(async () => {
    await server.close();
    await removeByToken(db.executor, token);
    await db.close();
  });

  it('records every node and relationship of each mutation, in commit order, with edition and author', async () => {
    const start = await feedEnd();
    await runWrites(server.origin, key, scriptedWrites(token));

    const { page } = await changes({ after: start, first: 100 });
    const records = page.nodes as Record<string, unknown>[];
    const seqOrder = records.map((record) => record.cursor);
    expect(new Set(seqOrder).size).toBe(records.length);
    // Five mutations, five editions, each a run of records that grows.
    const editions = [...new Set(records.map((record) => record.edition as number))];
    expect(editions).toHaveLength(5);
    expect([...editions].sort((a, b) => a - b)).toEqual(editions);
    expect(records.map((record) => record.operation)).toEqual(
      expect.arrayContaining(['addArticle', 'addStatement', 'addDemand', 'addRejection']),
    );
    expect(new Set(records.map((record) => record.author))).toEqual(new Set(['feeder']));

    const first = records.filter((record) => record.edition === editions[0]);
    expect(first).toEqual([
      expect.objectContaining({ kind: 'CREATED', entity: 'Article', id: `article-${token}`, operation: 'addArticle' }),
    ]);
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'CREATED', entity: 'Statement', id: `stmt-${token}-01` }),
        expect.objectContaining({ kind: 'CREATED', entity: 'MADE', from: 'actor-russia', to: `stmt-${token}-01` }),
        expect.objectContaining({ kind: 'CREATED', entity: 'Demand', id: `demand-${token}` }),
        expect.objectContaining({
          kind: 'CREATED',
          entity: 'REJECTS',
          from: `stmt-${token}-02`,
          to: `demand-${token}`,
        }),
      ]),
    );
    // The rejection changes an existing statement's stances: the statement row is rewritten, so UPDATED.
    const last = records.filter((record) => record.edition === editions[4]);
    expect(last.map((record) => record.entity)).toContain('REJECTS');
    expect(Date.parse(records[0].at as string)).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('filters by entity and pages on with the end cursor', async () => {
    // The first test's two statements are in the feed, with anything earlier files wrote.
    const all = await changes({ after: null, first: 100, types: ['Statement'] });
    expect(all.page.nodes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.page.nodes.map((record: { entity: string }) => record.entity))).toEqual(new Set(['Statement']));

    const one = await changes({ after: null, first: 1, types: ['Statement'] });
    expect(one.page.nodes).toHaveLength(1);
    expect(one.page.pageInfo.hasNextPage).toBe(true);
    const next = await changes({ after: one.page.pageInfo.endCursor, first: 1, types: ['Statement'] });
    expect(next.page.nodes[0].cursor).toBe(all.page.nodes[1].cursor);
  });

  it('refuses a cursor it did not give out and a page too large, with BAD_USER_INPUT', async () => {
    const bad = await changes({ after: 'not-a-cursor', first: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    // Priced low (totalCount only), so the size itself is what is refused.
    const big = await postGraphql(server.origin, '{ changes(first: 101) { totalCount } }');
    expect(big.status).toBe(400);
    expect(big.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(big.body.errors![0].message).toMatch(/first must be between 0 and 100/);
  });

  it('writes nothing to the feed when a mutation is refused', async () => {
    const start = await feedEnd();
    const { body } = await postGraphql(
      server.origin,
      'mutation($input: AddRejectionInput!) { addRejection(input: $input) { statement { id } } }',
      { input: { statement: `stmt-${token}-01`, demand: `demand-nothing-${token}` } },
      { 'x-api-key': key },
    );
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await feedEnd()).toBe(start);
  });
});
