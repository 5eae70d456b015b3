import 'reflect-metadata';
import { compileQuery } from 'graphql-jit';
import { startAppWith } from '../support/api-app';
import type { AppUnderTest } from '../support/api-app';
import { exampleOperations } from '../support/api-examples';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The server executes operations compiled by graphql-jit
// (src/graphql/compiled-execution.ts); GRAPHQL_COMPILED_EXECUTION=false
// gives graphql-js's own execution. Compiled execution must change nothing a
// client sees: every operation below, answers and errors alike, is sent to
// both over HTTP and must come back the same, status and body, in
// production (where error messages are rewritten) and in development
// (where errors carry their stack).
// graphql-jit's compiler, wrapped so a test can see whether the server calls it.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compileSpy = compileQuery as jest.MockedFunction<typeof compileQuery>;

const EDITOR_KEY = 'compiled-execution-editor-key-0123';

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  headers?: Record<string, string>;
}

const OPERATIONS: Operation[] = [
  ...exampleOperations()
    .filter((operation) => operation.kind === 'query')
    .map((operation) => ({ name: operation.name, query: operation.source })),
  {
    name: 'nested walk with variables, aliases and a fragment',
    query: `query Nested($kind: ActorKind!, $size: Int!) {
      people: actors(kind: $kind, first: 5, sort: NAME_ASC) {
        totalCount
        nodes { ...who statements(first: $size, sort: DATE_DESC) { nodes { id text demands { stance demand { id summary owner { ...who } } } } } }
      }
    }
    fragment who on Actor { id name __typename }`,
    variables: { kind: 'PERSON', size: 3 },
  },
  {
    name: 'skip and include by variables, a default value',
    query: `query($withText: Boolean!, $first: Int = 2) {
      statements(first: $first, sort: DATE_ASC) { nodes { id text @include(if: $withText) date @skip(if: $withText) { value precision } } pageInfo { hasNextPage endCursor } }
    }`,
    variables: { withText: false },
  },
  {
    name: 'the Node interface by id',
    query: '{ node(id: "actor-dmitry-peskov") { __typename id ... on Actor { name kind } ... on Statement { text } } }',
  },
  { name: 'a node that is not there', query: '{ node(id: "actor-nobody") { id } }' },
  { name: 'an actor that is not there (NOT_FOUND)', query: '{ actor(id: "actor-nobody") { id name } }' },
  { name: 'a page too large (BAD_USER_INPUT)', query: '{ actors(first: 1000) { nodes { id } } }' },
  { name: 'a malformed date (BAD_USER_INPUT)', query: '{ statements(dateFrom: "March 2022") { totalCount } }' },
  {
    name: 'an enum variable that is no member',
    query: 'query($kind: ActorKind!) { actors(kind: $kind) { totalCount } }',
    variables: { kind: 'KING' },
  },
  { name: 'a required variable missing', query: 'query($id: ID!) { actor(id: $id) { id } }' },
  { name: 'a misspelt field', query: '{ actors { nodes { nme } } }' },
  {
    name: 'two operations, one chosen',
    query: 'query A { actors(first: 1) { totalCount } } query B { statements(first: 1) { totalCount } }',
    operationName: 'B',
  },
  {
    name: 'two operations, none chosen',
    query: 'query A { actors(first: 1) { totalCount } } query B { statements(first: 1) { totalCount } }',
  },
  {
    name: 'an operation name the document lacks',
    query: 'query A { actors(first: 1) { totalCount } }',
    operationName: 'Nope',
  },
  {
    name: 'a mutation refused for its input',
    query: 'mutation($input: AddArticleInput!) { addArticle(input: $input) { id } }',
    variables: {
      input: {
        id: 'Not An Id',
        file: 'x.txt',
        title: '',
        titleIsHeadline: false,
        published: { value: '2025-13', precision: 'MONTH', cue: 'in', inferred: true },
        text: '',
      },
    },
    headers: { authorization: `Bearer ${EDITOR_KEY}` },
  },
  { name: 'a mutation without a key', query: 'mutation { addRejection(input: { id: "x" }) { id } }' },
  {
    // PloverInput's codebook has a default, which coercion must fill in.
    name: 'a mutation whose input relies on a field default, without a key (UNAUTHENTICATED)',
    query: 'mutation($input: AddStatementInput!) { addStatement(input: $input) { id } }',
    variables: {
      input: {
        id: 'stmt-x',
        article: 'article-x',
        speaker: 'actor-x',
        date: { value: '2022', precision: 'YEAR', cue: 'in 2022', inferred: true },
        paraphrase: 'x',
        plover: { type: 'AGREE', cameo: '030' },
      },
    },
  },
];

async function post(origin: string, operation: Operation): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...operation.headers },
    body: JSON.stringify({
      query: operation.query,
      variables: operation.variables ?? {},
      operationName: operation.operationName,
    }),
  });
  return { status: response.status, body: await response.json() };
}

describe('compiled execution answers as graphql-js does', () => {
  let db: TestDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  for (const mode of ['production', 'development'] as const) {
    it(`gives the same status and body for every operation (${mode})`, async () => {
      const env = { NODE_ENV: mode, API_KEYS: `editor:${EDITOR_KEY}:editor`, MAX_COST: '100000' };
      const apps: AppUnderTest[] = [];
      try {
        apps.push(await startAppWith(db.executor, { ...env, GRAPHQL_COMPILED_EXECUTION: 'true' }));
        apps.push(await startAppWith(db.executor, { ...env, GRAPHQL_COMPILED_EXECUTION: 'false' }));
        const [compiled, interpreted] = apps;
        let answered = 0;
        let refused = 0;
        for (const operation of OPERATIONS) {
          const [fromCompiled, fromInterpreted] = [
            await post(compiled.origin, operation),
            await post(interpreted.origin, operation),
          ];
          // Stack traces (development) name the executor's own frames; everything else must match.
          expect({ operation: operation.name, ...withoutStacks(fromCompiled) }).toEqual({
            operation: operation.name,
            ...withoutStacks(fromInterpreted),
          });
          const body = fromCompiled.body as { data?: unknown; errors?: unknown[] };
          if (body.errors?.length) refused++;
          else if (body.data) answered++;
        }
        // Both kinds are covered: real answers and errors.
        expect(answered).toBeGreaterThanOrEqual(12);
        expect(refused).toBeGreaterThanOrEqual(8);
      } finally {
        for (const app of apps) await app.close();
      }
    }, 60_000);
  }

  it('really runs compiled code when on, and graphql-js when off', async () => {
    // No answer carries a stack trace any more, so the evidence is graphql-jit's
    // own compiler: called for a query when compiled execution is on, never when off.
    const compilationsFor = async (compiledExecution: string) => {
      const app = await startAppWith(db.executor, {
        NODE_ENV: 'development',
        GRAPHQL_COMPILED_EXECUTION: compiledExecution,
      });
      try {
        compileSpy.mockClear();
        const { body } = await post(app.origin, { name: 'russia', query: '{ actor(id: "actor-russia") { id } }' });
        expect(body).toEqual({ data: { actor: { id: 'actor-russia' } } });
        return compileSpy.mock.calls.length;
      } finally {
        await app.close();
      }
    };
    expect(await compilationsFor('true')).toBeGreaterThan(0);
    expect(await compilationsFor('false')).toBe(0);
  });
});

function withoutStacks(response: { status: number; body: unknown }): { status: number; body: unknown } {
  const body = JSON.parse(JSON.stringify(response.body), (key, value) => (key === 'stacktrace' ? undefined : value));
  return { status: response.status, body };
}
