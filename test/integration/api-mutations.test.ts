import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import type { Viewer } from '../../src/http/viewer';
import { loadCorpus } from '../../src/seed/load-corpus';
import { removeByToken } from '../support/api-fixture-graph';
import { queryData, runGraphql } from '../support/api-graphql';
import { postGraphql, startTestServer } from '../support/test-server';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// Mutations validated by the seeder's validator against seed/ plus earlier
// changes, written atomically. New ids carry a token; the afterAll removes
// the nodes and the log entries that hold it.
describe('mutations', () => {
  let db: TestDatabase;
  const token = `t${randomBytes(4).toString('hex')}`;
  const editor: Viewer = { name: 'test-editor', role: 'editor' };
  const ids = {
    article: `article-${token}`,
    statement: `stmt-${token}-01`,
    rejecting: `stmt-${token}-02`,
    demand: `demand-${token}-talks`,
  };
  const file = `${token}.txt`;
  const quote = 'We will talk only after a ceasefire';
  const text = `Talks report ${token}\nThe spokesman said: "${quote}." Others disagreed and said no.\n`;
  const quoteStart = text.indexOf(quote);
  const evidence = { start: text.indexOf('Others'), end: text.indexOf('no.') + 3 };
  const plover = { type: 'REQUEST', cameo: '020' };
  const date = { value: '2024-03', precision: 'MONTH', cue: 'fixture', inferred: true };

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await removeByToken(db.executor, token);
    await db.close();
  });

  const mutate = (source: string, variables: Record<string, unknown>, viewer: Viewer | null = editor) =>
    runGraphql(db.executor, source, variables, viewer);
  const logged = async () =>
    (
      await db.executor.readTransaction((tx) =>
        tx.run(
          'MATCH (c:AnnotationChange) WHERE c.payload CONTAINS $token RETURN c.kind AS kind, c.author AS author ORDER BY c.seq',
          { token },
        ),
      )
    ).records.map((record) => record.toObject());

  const ADD_ARTICLE = `mutation($input: AddArticleInput!) { addArticle(input: $input) { id title file published { value precision } text statements { totalCount } } }`;
  const ADD_STATEMENT = `mutation($input: AddStatementInput!) { addStatement(input: $input) { id text speaker { id } article { id } date { value } demands { stance demand { id } } } }`;
  const ADD_DEMAND = `mutation($input: AddDemandInput!) { addDemand(input: $input) { id kind owner { id } addressees { id } article { id } statements { edges { stance node { id } } } } }`;
  const ADD_REJECTION = `mutation($input: AddRejectionInput!) { addRejection(input: $input) { rejecter { id } demand { id } owner { id } statement { id } article { id } date { value } } }`;

  it('refuses a mutation without a key with UNAUTHENTICATED and writes nothing', async () => {
    const { result } = await mutate(
      ADD_ARTICLE,
      { input: { id: ids.article, file, title: 'x', titleIsHeadline: false, published: date, text } },
      null,
    );
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(
      (await queryData(db.executor, `query($id: ID!) { node(id: $id) { id } }`, { id: ids.article })).node,
    ).toBeNull();
    expect(await logged()).toEqual([]);
  });

  it('adds an article with its text, and logs the change with its author', async () => {
    const { result } = await mutate(ADD_ARTICLE, {
      input: {
        id: ids.article,
        file,
        title: `Talks report ${token}`,
        titleIsHeadline: true,
        published: { value: '2024-03-05', precision: 'DAY', cue: 'fixture', inferred: false },
        text,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addArticle).toEqual({
      id: ids.article,
      title: `Talks report ${token}`,
      file,
      published: { value: '2024-03-05', precision: 'DAY' },
      text,
      statements: { totalCount: 0 },
    });
    expect(await logged()).toEqual([{ kind: 'addArticle', author: 'test-editor' }]);
  });

  it('refuses a statement whose quote is not verbatim, with every problem, and writes nothing', async () => {
    const { result } = await mutate(ADD_STATEMENT, {
      input: {
        id: ids.statement,
        article: ids.article,
        speaker: 'actor-dmitry-peskov',
        date,
        quote: { text: quote, start: quoteStart + 1, end: quoteStart + 1 + quote.length },
        paraphrase: 'Talks only after a ceasefire.',
        plover,
        targets: ['actor-nobody-' + token],
      },
    });
    const error = result.errors![0];
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const problems = error.extensions!.problems as { file: string; path: string; reason: string }[];
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^statements\[0\]\.quote$/),
        expect.stringMatching(/^statements\[0\]\.targets\[0\]$/),
      ]),
    );
    expect(problems[0].file).toBe(`seed/annotations/${token}.yaml`);
    expect(problems.find((problem) => problem.path.endsWith('.quote'))!.reason).toMatch(/not verbatim/);
    expect(
      (await queryData(db.executor, `query($id: ID!) { node(id: $id) { id } }`, { id: ids.statement })).node,
    ).toBeNull();
    expect(await logged()).toHaveLength(1);
  });

  it('adds a statement that is walkable at once from its article and speaker', async () => {
    const { result } = await mutate(ADD_STATEMENT, {
      input: {
        id: ids.statement,
        article: ids.article,
        speaker: 'actor-dmitry-peskov',
        onBehalfOf: 'actor-kremlin',
        date,
        quote: { text: quote, start: quoteStart, end: quoteStart + quote.length },
        paraphrase: `Peskov says talks come only after a ceasefire (${token}).`,
        plover,
        targets: ['actor-ukraine'],
      },
    });
    expect(result.errors).toBeUndefined();
    // Full-text search finds it as soon as the mutation has answered,
    // although the index is eventually consistent (the mutation waits for it).
    const found = await queryData(db.executor, `query($q: String!) { statements(search: $q) { nodes { id } } }`, {
      q: token,
    });
    expect(found.statements.nodes).toEqual([{ id: ids.statement }]);
    expect(result.data!.addStatement).toEqual({
      id: ids.statement,
      text: quote,
      speaker: { id: 'actor-dmitry-peskov' },
      article: { id: ids.article },
      date: { value: '2024-03' },
      demands: [],
    });
    const data = await queryData(
      db.executor,
      `query($id: ID!) { article(id: $id) { statements { nodes { id } } } statements(speaker: "actor-dmitry-peskov", article: $id) { nodes { id } } }`,
      { id: ids.article },
    );
    expect(data.article.statements.nodes).toEqual([{ id: ids.statement }]);
    expect(data.statements.nodes).toEqual([{ id: ids.statement }]);
  });

  it('refuses a demand no statement voices, as the seeder does', async () => {
    const { result } = await mutate(ADD_DEMAND, {
      input: {
        id: ids.demand,
        article: ids.article,
        summary: 'Talks only after a ceasefire',
        kind: 'PRECONDITION',
        topic: 'CEASEFIRE',
        owner: 'actor-russia',
      },
    });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/never voiced/);
  });

  it('adds a demand set by an existing statement, with both edges', async () => {
    const { result } = await mutate(ADD_DEMAND, {
      input: {
        id: ids.demand,
        article: ids.article,
        summary: 'Talks only after a ceasefire',
        kind: 'PRECONDITION',
        topic: 'CEASEFIRE',
        owner: 'actor-russia',
        addressedTo: ['actor-ukraine'],
        setBy: ids.statement,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addDemand).toEqual({
      id: ids.demand,
      kind: 'PRECONDITION',
      owner: { id: 'actor-russia' },
      addressees: [{ id: 'actor-ukraine' }],
      article: { id: ids.article },
      statements: { edges: [{ stance: 'SETS', node: { id: ids.statement } }] },
    });
  });

  it('adds a rejecting statement and a rejection, and the rejections walk finds them', async () => {
    const added = await mutate(ADD_STATEMENT, {
      input: {
        id: ids.rejecting,
        article: ids.article,
        speaker: 'actor-ukraine',
        date,
        evidence,
        paraphrase: 'Others disagreed.',
        plover: { type: 'REJECT', cameo: '120' },
      },
    });
    expect(added.result.errors).toBeUndefined();
    const { result } = await mutate(ADD_REJECTION, { input: { statement: ids.rejecting, demand: ids.demand } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addRejection).toEqual({
      rejecter: { id: 'actor-ukraine' },
      demand: { id: ids.demand },
      owner: { id: 'actor-russia' },
      statement: { id: ids.rejecting },
      article: { id: ids.article },
      date: { value: '2024-03' },
    });
    const again = await mutate(ADD_REJECTION, { input: { statement: ids.rejecting, demand: ids.demand } });
    expect(again.result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const walk = await queryData(
      db.executor,
      `query($d: ID!) { rejections(demand: $d, demandKind: PRECONDITION) { nodes { rejecter { id } owner { id } } } }`,
      { d: ids.demand },
    );
    expect(walk.rejections.nodes).toEqual([{ rejecter: { id: 'actor-ukraine' }, owner: { id: 'actor-russia' } }]);
    expect((await logged()).map((entry) => entry.kind)).toEqual([
      'addArticle',
      'addStatement',
      'addDemand',
      'addStatement',
      'addRejection',
    ]);
  });

  it('refuses duplicate ids and unknown articles', async () => {
    const duplicate = await mutate(ADD_STATEMENT, {
      input: {
        id: ids.statement,
        article: ids.article,
        speaker: 'actor-ukraine',
        date,
        evidence,
        paraphrase: 'Again.',
        plover,
      },
    });
    expect(duplicate.result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(duplicate.result.errors![0].extensions!.problems)).toMatch(new RegExp(ids.statement));
    const unknown = await mutate(ADD_STATEMENT, {
      input: {
        id: `stmt-${token}-09`,
        article: `article-${token}-missing`,
        speaker: 'actor-ukraine',
        date,
        evidence,
        paraphrase: 'Nowhere.',
        plover,
      },
    });
    expect(unknown.result.errors![0]).toMatchObject({
      message: `No article with id "article-${token}-missing"`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('takes the key over HTTP and refuses the same mutation without it (401)', async () => {
    const key = 'api-test-key-0123456789';
    const server = await startTestServer({ SEED_ON_START: 'false', API_KEYS: `tester:${key}:editor` });
    try {
      // Any demand declared in seed/: the token statement now rejects it too (removed with the statement
      // afterwards). Not merely any in the store: another suite of this worker may have left one the
      // validator has never seen, and the mutation would be refused for it.
      const declared = new Set((await loadCorpus(path.join(repoRoot, 'seed'))).demands.map((d) => d.id));
      const seeded = (await queryData(db.executor, '{ demands(first: 50) { nodes { id } } }')).demands.nodes.map(
        (node: { id: string }) => node.id,
      );
      const demand = seeded.find((id: string) => declared.has(id));
      expect(demand).toBeDefined();
      const source = `mutation($input: AddRejectionInput!) { addRejection(input: $input) { rejecter { id } demand { id } } }`;
      const variables = { input: { statement: ids.statement, demand } };
      const anonymous = await postGraphql(server.origin, source, variables);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      const keyed = await postGraphql(server.origin, source, variables, { authorization: `Bearer ${key}` });
      expect(keyed.body.errors).toBeUndefined();
      expect(keyed.body.data!.addRejection).toEqual({
        rejecter: { id: 'actor-dmitry-peskov' },
        demand: { id: demand },
      });
    } finally {
      await server.close();
    }
  });
});
