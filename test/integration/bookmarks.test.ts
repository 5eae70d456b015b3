import { randomBytes } from 'node:crypto';
import type { RunningServer } from '../../src/server';
import { RequestBookmarks } from '../../src/db/request-bookmarks';
import { InvalidBookmarkError } from '../../src/errors/api-errors';
import { removeByToken } from '../support/api-fixture-graph';
import { scriptedWrites } from '../support/feed-script';
import { startServerProcess, type ServerProcess } from '../support/subscription-clients';
import { startTestServer } from '../support/test-server';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

const ARTICLE = 'query($id: ID!) { article(id: $id) { id title } }';
const ORIGIN = 'http://client.example';

interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are checked field by field
  body: any;
}

async function post(
  origin: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  extensions?: Record<string, unknown>,
): Promise<Answer> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables, ...(extensions ? { extensions } : {}) }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

// Read-your-writes across API processes: a write through one process hands
// back its bookmark (header and extensions); a read through another process
// that sends it back runs in sessions opened with it. With one Neo4j every
// process sees every commit anyway, so what is tested is the plumbing: the
// bookmark comes back, the database accepts it from the other process, the
// read sees the write, and what cannot be a bookmark is a 400.
describe('bookmarks', () => {
  const key = `bookmarks-${randomBytes(8).toString('hex')}`;
  const tokens: string[] = [];
  const token = () => {
    const value = `b${randomBytes(4).toString('hex')}`;
    tokens.push(value);
    return value;
  };
  const env = {
    API_KEYS: `bm:${key}:editor`,
    CORS_ORIGINS: ORIGIN,
    REQUEST_TIMEOUT_MS: '60000',
    CYPHER_TIMEOUT_MS: '55000',
  };
  let db: TestDatabase;
  let here: RunningServer & { origin: string };
  let other: ServerProcess;

  beforeAll(async () => {
    db = connectTestDatabase();
    [here, other] = await Promise.all([startTestServer({ SEED_ON_START: 'false', ...env }), startServerProcess(env)]);
  });
  afterAll(async () => {
    await other?.stop();
    await here?.close();
    for (const value of tokens) {
      await removeByToken(db.executor, value);
    }
    await db.close();
  });

  /** Adds an article through `origin`; the answer carries its bookmark. */
  async function addArticle(origin: string, t: string): Promise<Answer> {
    const [write] = scriptedWrites(t);
    const answer = await post(origin, write.document, write.variables, { 'x-api-key': key });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.addArticle.id).toBe(`article-${t}`);
    return answer;
  }

  it('a write through one process, read through the other with its bookmark (header or extensions): the read sees it', async () => {
    const t = token();
    const written = await addArticle(here.origin, t);
    const bookmark = written.headers.get('neo4j-bookmark');
    expect(bookmark).toMatch(/^[A-Za-z0-9+/=:_.-]+(,[A-Za-z0-9+/=:_.-]+)*$/);
    expect(written.body.extensions.bookmark).toBe(bookmark);

    const byHeader = await post(other.origin, ARTICLE, { id: `article-${t}` }, { 'neo4j-bookmark': bookmark! });
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toEqual({ data: { article: { id: `article-${t}`, title: `Example ${t}` } } });
    // A read hands back no bookmark: only writes do.
    expect(byHeader.headers.get('neo4j-bookmark')).toBeNull();

    const byBody = await post(other.origin, ARTICLE, { id: `article-${t}` }, {}, { bookmark });
    expect(byBody.status).toBe(200);
    expect(byBody.body.data.article.id).toBe(`article-${t}`);
  });

  it('the other way round, and a write that sent a bookmark hands back a newer one', async () => {
    const first = token();
    const second = token();
    const one = await addArticle(other.origin, first);
    const bookmark = one.headers.get('neo4j-bookmark')!;
    const [write] = scriptedWrites(second);
    const two = await post(here.origin, write.document, write.variables, {
      'x-api-key': key,
      'neo4j-bookmark': bookmark,
    });
    expect(two.body.errors).toBeUndefined();
    const later = two.headers.get('neo4j-bookmark');
    expect(later).toBeTruthy();
    expect(later).not.toBe(bookmark);
    const read = await post(other.origin, ARTICLE, { id: `article-${second}` }, { 'neo4j-bookmark': later! });
    expect(read.body.data.article.id).toBe(`article-${second}`);
  });

  it('a mutation that failed hands back no bookmark', async () => {
    const t = token();
    await addArticle(here.origin, t);
    const [write] = scriptedWrites(t);
    const again = await post(here.origin, write.document, write.variables, { 'x-api-key': key });
    expect(again.body.errors?.length).toBeGreaterThan(0);
    expect(again.headers.get('neo4j-bookmark')).toBeNull();
    expect(again.body.extensions?.bookmark).toBeUndefined();
  });

  it('a request without a bookmark answers as before, with no bookmark', async () => {
    const read = await post(here.origin, ARTICLE, { id: 'article-000' });
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    expect(read.headers.get('neo4j-bookmark')).toBeNull();
    expect(read.body.extensions).toBeUndefined();
  });

  it.each([
    ['a value with spaces', { 'neo4j-bookmark': 'not a bookmark' }, undefined],
    ['too many bookmarks', { 'neo4j-bookmark': Array.from({ length: 17 }, (_, i) => `FB:a${i}`).join(',') }, undefined],
    ['an over-long value', { 'neo4j-bookmark': `FB:${'A'.repeat(300)}` }, undefined],
    ['a number in extensions.bookmark', {}, { bookmark: 42 }],
    ['well-formed, but not the database’s', { 'neo4j-bookmark': 'FB:AAAA' }, undefined],
  ])('%s: 400 BAD_USER_INPUT naming the header, on either process', async (_name, headers, extensions) => {
    for (const origin of [here.origin, other.origin]) {
      const answer = await post(origin, ARTICLE, { id: 'article-000' }, headers, extensions);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors[0].message).toMatch(/Neo4j-Bookmark header/);
    }
  });

  it('CORS lets a browser client send the header and read it', async () => {
    const preflight = await fetch(`${here.origin}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,neo4j-bookmark',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/neo4j-bookmark/i);
    const [write] = scriptedWrites(token());
    const written = await post(here.origin, write.document, write.variables, { 'x-api-key': key, origin: ORIGIN });
    expect(written.headers.get('access-control-expose-headers')).toMatch(/neo4j-bookmark/i);
    expect(written.headers.get('neo4j-bookmark')).toBeTruthy();
  });

  it('the executor of one request: its write leaves a bookmark its later sessions use', async () => {
    const bookmarks = new RequestBookmarks();
    expect(bookmarks.forRead).toBeUndefined();
    const t = token();
    const executor = db.executor.withBookmarks(bookmarks);
    await executor.writeTransaction((tx) => tx.run('CREATE (:BookmarkProbe {id: $id})', { id: `probe-${t}` }));
    const after = await bookmarks.afterWrites();
    expect(after).toHaveLength(1);
    expect(bookmarks.forRead).toBeDefined();
    const seen = await db.executor
      .withBookmarks(new RequestBookmarks(after!))
      .readTransaction((tx) => tx.run('MATCH (p:BookmarkProbe {id: $id}) RETURN count(p) AS n', { id: `probe-${t}` }));
    expect(seen.records[0].get('n')).toBe(1);
    await db.executor.writeTransaction((tx) =>
      tx.run('MATCH (p:BookmarkProbe {id: $id}) DELETE p', { id: `probe-${t}` }),
    );
    await expect(
      db.executor.withBookmarks(new RequestBookmarks(['FB:AAAA'])).readTransaction((tx) => tx.run('RETURN 1')),
    ).rejects.toBeInstanceOf(InvalidBookmarkError);
    // A write that rolled back leaves nothing new to hand back.
    const rolledBack = new RequestBookmarks(after!);
    await expect(
      db.executor.withBookmarks(rolledBack).writeTransaction(async () => {
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await rolledBack.afterWrites()).toBeNull();
  });
});
