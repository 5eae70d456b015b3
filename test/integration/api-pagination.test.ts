import { errorCode, queryData } from '../support/api-graphql';
import { FixtureGraph, seedFixtureGraph } from '../support/api-fixture-graph';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name?: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE =
  'totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

// Relay cursor connections: default and maximum page sizes, both directions,
// sort orders, and cursors that keep their place while the list changes.
describe('cursor pagination', () => {
  let db: TestDatabase;
  let f: FixtureGraph;
  beforeAll(async () => {
    db = connectTestDatabase();
    f = await seedFixtureGraph(db.executor, 25);
  });
  afterAll(async () => {
    await f.remove();
    await db.close();
  });

  const actors = async (args: Record<string, unknown>): Promise<Page> =>
    (
      await queryData(
        db.executor,
        `query($s: String!, $first: Int, $after: String, $last: Int, $before: String, $sort: ActorSort!) {
          actors(search: $s, first: $first, after: $after, last: $last, before: $before, sort: $sort) { ${PAGE} } }`,
        { s: f.token, sort: 'NAME_ASC', ...args },
      )
    ).actors;
  const ids = (page: Page) => page.edges.map((edge) => edge.node.id);
  // Actor 01 ("Ana ...") sorts first, then "Fixture <token> Speaker 02..25".
  const byName = () => f.actorIds;

  it('returns 20 items when neither first nor last is given', async () => {
    const page = await actors({});
    expect(page.totalCount).toBe(25);
    expect(ids(page)).toEqual(byName().slice(0, 20));
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('walks forward page by page with after, without gaps or repeats', async () => {
    const seen: string[] = [];
    const flags: [boolean, boolean][] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await actors({ first: 7, after });
      expect(page.totalCount).toBe(25);
      seen.push(...ids(page));
      flags.push([page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage]);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(byName());
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [true, false],
    ]);
  });

  it('walks backward with last and before', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page = await actors({ last: 10, before });
      seen.unshift(...ids(page));
      if (!page.pageInfo.hasPreviousPage) break;
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      before = page.pageInfo.startCursor;
    }
    expect(seen).toEqual(byName());
  });

  it('sorts descending, and cursors work the same way there', async () => {
    const first = await actors({ first: 5, sort: 'NAME_DESC' });
    expect(ids(first)).toEqual([...byName()].reverse().slice(0, 5));
    const second = await actors({ first: 5, sort: 'NAME_DESC', after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual([...byName()].reverse().slice(5, 10));
  });

  it('gives opaque cursors: base64 of the sort key and the id', async () => {
    const page = await actors({ first: 1 });
    const decoded = JSON.parse(Buffer.from(page.edges[0].cursor, 'base64url').toString('utf8'));
    expect(decoded).toEqual([`ana ${f.token} pérez`, f.actorIds[0]]);
  });

  it('keeps a cursor in place when items are added before it', async () => {
    const page1 = await actors({ first: 5 });
    const extra = `actor-${f.token}-00-extra`;
    // An actor that sorts before all others, written the way the seeder would.
    await db.executor.writeTransaction((tx) =>
      tx.run('CREATE (:Entity:Actor {id: $id, name: $name, kind: "PERSON", aliases: [], searchText: $search})', {
        id: extra,
        name: `Aaa ${f.token}`,
        search: `aaa ${f.token}`,
      }),
    );
    try {
      const page2 = await actors({ first: 5, after: page1.pageInfo.endCursor });
      expect(ids(page2)).toEqual(byName().slice(5, 10));
      expect(page2.totalCount).toBe(26);
    } finally {
      await db.executor.writeTransaction((tx) => tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: extra }));
    }
  });

  it('refuses page sizes above 100, negative sizes, first with last, and foreign cursors', async () => {
    const code = (args: string) => errorCode(db.executor, `{ actors(${args}) { totalCount } }`);
    expect(await code('first: 101')).toBe('BAD_USER_INPUT');
    expect(await code('last: 500')).toBe('BAD_USER_INPUT');
    expect(await code('first: -1')).toBe('BAD_USER_INPUT');
    expect(await code('first: 2, last: 2')).toBe('BAD_USER_INPUT');
    expect(await code('after: "not-a-cursor"')).toBe('BAD_USER_INPUT');
    expect(await code(`before: "${Buffer.from('{"a":1}').toString('base64url')}"`)).toBe('BAD_USER_INPUT');
    const nested = await errorCode(
      db.executor,
      `{ actors(first: 1) { nodes { statements(first: 1000) { totalCount } } } }`,
    );
    expect(nested).toBe('BAD_USER_INPUT');
    const ok = await queryData(db.executor, `{ actors(first: 100) { totalCount } }`);
    expect(ok.actors.totalCount).toBeGreaterThanOrEqual(25);
  });

  it('pages nested connections per parent, in date order either way', async () => {
    const query = `query($id: ID!, $after: String, $sort: StatementSort!) {
      article(id: $id) { statements(first: 20, after: $after, sort: $sort) { totalCount edges { cursor node { id date { value } } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: { id: string; date: { value: string } }[] = [];
    let after: string | null = null;
    for (;;) {
      const data = await queryData(db.executor, query, { id: f.articleId, after, sort: 'DATE_DESC' });
      const page = data.article.statements;
      expect(page.totalCount).toBe(50);
      seen.push(...page.edges.map((edge: { node: { id: string; date: { value: string } } }) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen.map((s) => s.id)).size).toBe(50);
    const dates = seen.map((s) => s.date.value);
    expect(dates).toEqual([...dates].sort().reverse());
    // "2023-02" (known to the month) sorts after every January day, so it leads when descending.
    expect(dates[0]).toBe('2023-02');
  });
});
