import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { repoRoot } from '../../src/config';
import { specialisedQuery } from '../../src/db/named-queries';
import { MAX_JSON_DEPTH } from '../../src/http/json-depth';
import { MAX_SEARCH_WORDS } from '../../src/repositories/filters';
import { applyToServer } from '../../src/sync/apply-remote';
import { readCorpusDir } from '../../src/sync/corpus-dir';
import { ServerError } from '../../src/sync/server-client';
import { removeByToken } from '../support/api-fixture-graph';
import { postGraphql, startTestServer } from '../support/test-server';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// Client input that used to end as an internal error (INTERNAL_SERVER_ERROR,
// HTTP 500, a timeout) now answers a 4xx with a code and a message saying
// what was wrong, or the right answer. Reads against the shared seeded store.
type Server = Awaited<ReturnType<typeof startTestServer>>;

/** Nothing in an answer may show the server's insides. */
function expectNoLeak(text: string): void {
  expect(text).not.toContain(repoRoot);
  expect(text).not.toMatch(/node_modules|\bat .+:\d+:\d+\)?$|stacktrace/m);
}

describe('client input never becomes an internal error', () => {
  let server: Server;
  let db: TestDatabase;
  beforeAll(async () => {
    server = await startTestServer();
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const searchStatements = (search: string) =>
    postGraphql(server.origin, 'query($s: String) { statements(search: $s) { totalCount } }', { s: search });

  it('refuses a full-text search of 3,000 words with BAD_USER_INPUT naming the argument', async () => {
    const search = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const { status, body } = await searchStatements(search);
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
    expect(body.errors![0].message).toBe(`search may have at most ${MAX_SEARCH_WORDS} words, got 3000`);
  });

  it("refuses one word the index splits into 3,000 terms (Lucene's TooManyClauses) with BAD_USER_INPUT", async () => {
    const search = Array.from({ length: 3000 }, (_, i) => `w${i}`).join('.');
    const { status, body } = await searchStatements(search);
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
    expect(body.errors![0].message).toMatch(/too complex for the full-text index/);
  });

  it('still searches with as many words as allowed', async () => {
    const { status, body } = await searchStatements(Array.from({ length: MAX_SEARCH_WORDS }, () => 'nato').join(' '));
    expect(status).toBe(200);
    expect(body.data!.statements.totalCount).toBeGreaterThan(0);
  });

  it('refuses variables nested 5,000 deep (under the body limit) with 400 BAD_USER_INPUT, by POST (and 1,000 deep by GET)', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const post = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"query($v: String) { actors(search: $v) { totalCount } }","variables":{"v":${deep}}}`,
    });
    const postText = await post.text();
    expect(post.status).toBe(400);
    expect(JSON.parse(postText).errors[0]).toEqual({
      message: `The request's body JSON nests deeper than ${MAX_JSON_DEPTH} levels; no input of this API needs more`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // By GET as deep as a URL may be (Node refuses request lines past 16 KB with 431 itself).
    const list = '['.repeat(1000) + ']'.repeat(1000);
    const query = encodeURIComponent('query($v: [ID!]) { analytics(articles: $v) { centrality { method } } }');
    const get = await fetch(
      `${server.origin}/graphql?query=${query}&variables=${encodeURIComponent(`{"v":${list}}`)}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(get.status).toBe(400);
    expect(((await get.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /variables JSON nests deeper than 32 levels/,
    );
  });

  it('answers analytics over an unknown article with NOT_FOUND naming it, and a known one with numbers', async () => {
    const missing = await postGraphql(
      server.origin,
      '{ analytics(articles: ["article-999"]) { centrality { method } } }',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.errors![0]).toMatchObject({
      message: 'articles: no article with id "article-999"',
      extensions: { code: 'NOT_FOUND' },
    });
    const [known] = (
      await db.executor.readTransaction((tx) => tx.run('MATCH (a:Article) RETURN a.id AS id ORDER BY id LIMIT 1'))
    ).records.map((record) => String(record.get('id')));
    const found = await postGraphql(
      server.origin,
      'query($a: [ID!]) { analytics(articles: $a) { centrality { method } } }',
      {
        a: [known],
      },
    );
    expect(found.status).toBe(200);
    expect(found.body.data!.analytics.centrality.method).toEqual(expect.any(String));
  });

  it('answers /explore/data.json over an unknown article with a 404 in JSON, no HTML page, no stack', async () => {
    const response = await fetch(`${server.origin}/explore/data.json?articles=article-999`);
    const text = await response.text();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'articles: no article with id "article-999"', extensions: { code: 'NOT_FOUND' } }],
    });
    expectNoLeak(text);
  });

  it('refuses /explore/data.json over more articles than a page holds', async () => {
    const articles = Array.from({ length: 101 }, (_, i) => `article-${i}`).join(',');
    const response = await fetch(`${server.origin}/explore/data.json?articles=${articles}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors[0]).toEqual({
      message: 'articles may list at most 100 articles, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers a path that does not exist within maxHops with null, not a timeout', async () => {
    const started = Date.now();
    const { status, body } = await postGraphql(
      server.origin,
      '{ path(from: "actor-dmitry-peskov", to: "territory-crimea", maxHops: 1) { length } }',
    );
    console.log(`[client-input] path with no answer within 1 hop: ${Date.now() - started} ms`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { path: null } });
    const longer = await postGraphql(
      server.origin,
      '{ path(from: "actor-dmitry-peskov", to: "territory-crimea", maxHops: 6) { length } }',
    );
    expect(longer.body.data!.path.length).toBeGreaterThan(1);
  });

  it('plans every bound of the path query as one bounded breadth-first search, with no exhaustive fallback', async () => {
    const operators = (plan: { operatorType: string; children?: unknown[] }): string[] => [
      plan.operatorType.replace(/@.*$/, ''),
      ...((plan.children ?? []) as (typeof plan)[]).flatMap(operators),
    ];
    for (const types of [null, ['RELATED_TO']]) {
      for (let hops = 1; hops <= 6; hops++) {
        const params = { from: 'actor-dmitry-peskov', to: 'territory-crimea', hops: String(hops), types };
        const text = specialisedQuery('shortest-path', params);
        expect(text).toContain(`[*..${hops}]`);
        const summary = await db.executor.readTransaction((tx) => tx.run(`EXPLAIN ${text}`, params).summary());
        const plan = operators(summary.plan as never);
        expect(plan).toContain('ShortestPath');
        expect(plan).not.toEqual(expect.arrayContaining(['AntiConditionalApply']));
        expect(plan.some((operator) => operator.startsWith('VarLengthExpand'))).toBe(false);
      }
    }
  });
});

describe('a mutation after an earlier one was committed to seed/ as a file', () => {
  const token = `c${randomBytes(4).toString('hex')}`;
  const key = 'committed-editor-key-0123456789';
  const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-committed-'));
  let server: Server;
  let db: TestDatabase;
  const article = {
    id: `article-${token}`,
    file: `${token}.txt`,
    title: `Talks report ${token}`,
    titleIsHeadline: true,
    outlet: null,
    published: { value: '2024-03-05', precision: 'DAY', cue: 'fixture', inferred: false },
  };
  const quote = 'We will talk only after a ceasefire';
  const text = `Talks report ${token}\nThe spokesman said: "${quote}." Others disagreed and said no.\n`;
  const statement = (id: string) => ({
    id,
    article: article.id,
    speaker: 'actor-dmitry-peskov',
    date: { value: '2024-03', precision: 'MONTH', cue: 'fixture', inferred: true },
    quote: { text: quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length },
    paraphrase: `Peskov says talks come only after a ceasefire (${token}).`,
    plover: { type: 'REQUEST', cameo: '020' },
    targets: ['actor-ukraine'],
  });
  const ADD_ARTICLE = 'mutation($input: AddArticleInput!) { addArticle(input: $input) { id } }';
  const ADD_STATEMENT = 'mutation($input: AddStatementInput!) { addStatement(input: $input) { id article { id } } }';
  const mutate = (query: string, input: Record<string, unknown>) =>
    postGraphql(server.origin, query, { input }, { 'x-api-key': key });

  beforeAll(async () => {
    // The server's own copy of seed/, so committing a file changes what it alone reads.
    fs.cpSync(path.join(repoRoot, 'seed'), seedDir, { recursive: true });
    // Long timeouts: what is tested is the answer, and a loaded machine can take seconds to write.
    server = await startTestServer({
      SEED_DIR: seedDir,
      API_KEYS: `committer:${key}:editor`,
      CYPHER_TIMEOUT_MS: '30000',
      REQUEST_TIMEOUT_MS: '40000',
    });
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await server?.close();
    await removeByToken(db.executor, token);
    await db.close();
    fs.rmSync(seedDir, { recursive: true, force: true });
  });

  it('works: the logged change the files now hold is not applied twice', async () => {
    const added = await mutate(ADD_ARTICLE, { ...article, outlet: undefined, text });
    expect(added.body.errors).toBeUndefined();
    // Committed: the article's annotation file and text, as the mutation wrote them, now under seed/.
    fs.writeFileSync(path.join(seedDir, 'annotations', `${token}.yaml`), stringify({ article }));
    fs.writeFileSync(path.join(seedDir, 'articles', `${token}.txt`), text);

    const next = await mutate(ADD_STATEMENT, statement(`stmt-${token}-01`));
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data!.addStatement).toEqual({ id: `stmt-${token}-01`, article: { id: article.id } });
  });

  it('answers analytics over an article that holds nothing yet with empty results, not an internal error', async () => {
    const empty = { ...article, id: `article-${token}-empty`, file: `${token}-empty.txt`, title: `Empty ${token}` };
    const added = await mutate(ADD_ARTICLE, { ...empty, outlet: undefined, text: `Empty ${token}\nNothing said.\n` });
    expect(added.body.errors).toBeUndefined();
    const { status, body } = await postGraphql(
      server.origin,
      'query($a: [ID!]) { analytics(articles: $a) { centrality { actors { actor { id } } } communities { communities { id } } } }',
      { a: [empty.id] },
    );
    expect(status).toBe(200);
    expect(body).toEqual({ data: { analytics: { centrality: { actors: [] }, communities: { communities: [] } } } });
  });

  it('no longer blocks mutations when a committed file contradicts them; applying it answers CONFLICT (409) with both', async () => {
    fs.writeFileSync(
      path.join(seedDir, 'annotations', `${token}.yaml`),
      stringify({ article: { ...article, id: `article-${token}-renamed` } }),
    );
    // The server validates against the corpus it keeps, not against the files under its seed/.
    const next = await mutate(ADD_STATEMENT, statement(`stmt-${token}-02`));
    expect(next.body.errors).toBeUndefined();

    // Applied, the file declares another article where the server has one: refused, both versions shown.
    const refused = await applyToServer(server.origin, key, await readCorpusDir(seedDir)).then(
      () => null,
      (error: ServerError) => error,
    );
    expect(refused).toBeInstanceOf(ServerError);
    expect(refused!.code).toBe('CONFLICT');
    expect(refused!.message).toMatch(new RegExp(`article article-${token}-renamed`));
    const conflicts = refused!.extensions.conflicts as {
      files: { item: { id: string } };
      server: { item: { id: string } };
    }[];
    expect(conflicts.map((conflict) => [conflict.files.item.id, conflict.server.item.id])).toEqual([
      [`article-${token}-renamed`, article.id],
    ]);
    expectNoLeak(refused!.message);
  });
});
