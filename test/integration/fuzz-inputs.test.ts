import 'reflect-metadata';
import { repoRoot } from '../../src/config';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { FuzzOperation, rootFieldOperations } from '../support/fuzz-operations';
import { FuzzRequest, httpRequests } from '../support/fuzz-http';
import { HostileValues } from '../support/fuzz-values';
import { startTestServer } from '../support/test-server';
import { connectTestDatabase, TestDatabase } from '../support/test-database';
import { wholeGraph } from '../support/whole-graph';

// Hostile values at every argument of every root field (found by walking
// the schema) and hostile requests at every HTTP route, against the real
// server and Neo4j. Whatever comes in, the answer is a 2xx or a 4xx with a
// code, never a 5xx or an INTERNAL_SERVER_ERROR, never a stack trace or a
// server path, and the graph is the same afterwards. FUZZ_SEED reproduces
// a run (the seed is printed); FUZZ_GENERATED sets how many generated
// values join the handpicked ones per type, FUZZ_PER_ARGUMENT and
// FUZZ_PER_INPUT_FIELD how many values each slot gets (successive slots of
// a type take different ones, so together they try them all).
// The server gets long timeouts: on a loaded machine a plain read can pass
// the default 5 s, and a timeout is the server doing its job, not a finding;
// the slowest inputs are printed instead.
const seed = Number(process.env.FUZZ_SEED ?? 20_261_203);
const generated = Number(process.env.FUZZ_GENERATED ?? 6);
const editorKey = 'fuzz-editor-key-0123456789';
const budget = {
  perArgument: Number(process.env.FUZZ_PER_ARGUMENT ?? 5),
  perInputField: Number(process.env.FUZZ_PER_INPUT_FIELD ?? 2),
};
const CONCURRENCY = 4;

interface Outcome {
  status: number;
  text: string;
}

interface Finding {
  target: string;
  what: string;
  status: number;
  request: string;
  answer: string;
}

/** What is wrong with an answer, if anything. */
function problemsOf({ status, text }: Outcome): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (/stacktrace|\n\s+at \S+ \(|\bat [^\s]+:\d+:\d+/.test(text)) problems.push('a stack trace');
  if (text.includes(repoRoot) || text.includes('node_modules')) problems.push('a server path');
  if (/INTERNAL_SERVER_ERROR|Internal server error/.test(text)) problems.push('an internal error');
  return problems;
}

/**
 * Works through the items CONCURRENCY at a time, the items of one key (one
 * query text) one after another: Neo4j plans a text once and then finds it
 * cached, but the same new text sent several times at once is planned once
 * per request, and planning is what these requests cost the database.
 */
async function inBatches<T>(items: T[], keyOf: (item: T) => string, work: (item: T) => Promise<void>): Promise<void> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const queue = [...groups.values()];
  const worker = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) for (const item of group) await work(item);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

const shorten = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);

describe('fuzzing every input', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let db: TestDatabase;
  let graphBefore: string[];
  const sent = new Map<string, number>();
  const answered = new Map<string, number>();
  const findings: Finding[] = [];
  const slowest: { ms: number; target: string; request: string }[] = [];

  beforeAll(async () => {
    // Development mode: the mode that shows the most, so the one that could leak the most.
    server = await startTestServer({
      NODE_ENV: 'development',
      API_KEYS: `fuzzer:${editorKey}:editor`,
      CYPHER_TIMEOUT_MS: '30000',
      REQUEST_TIMEOUT_MS: '40000',
    });
    db = connectTestDatabase();
    graphBefore = await wholeGraph(db.executor);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  async function send(target: string, request: FuzzRequest | (FuzzOperation & { headers?: Record<string, string> })) {
    sent.set(target, (sent.get(target) ?? 0) + 1);
    const http =
      'query' in request
        ? {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', ...request.headers },
            body: JSON.stringify({ query: request.query, variables: request.variables }),
          }
        : request;
    let outcome: Outcome;
    const started = Date.now();
    try {
      const response = await fetch(`${server.origin}${http.path}`, {
        method: http.method,
        headers: http.headers,
        body: http.body,
        signal: AbortSignal.timeout(45_000),
      });
      outcome = { status: response.status, text: await response.text() };
    } catch (error) {
      outcome = { status: 599, text: `no answer: ${(error as Error).message}` };
    }
    answered.set(target, (answered.get(target) ?? 0) + 1);
    slowest.push({ ms: Date.now() - started, target, request: shorten(JSON.stringify(http.body ?? http.path)) });
    for (const what of problemsOf(outcome)) {
      findings.push({
        target,
        what,
        status: outcome.status,
        request: shorten(`${http.method} ${http.path} ${typeof http.body === 'string' ? http.body : ''}`),
        answer: shorten(outcome.text),
      });
    }
  }

  it('answers every hostile argument and request with a 2xx or 4xx, no leak, and leaves the graph as it was', async () => {
    const started = Date.now();
    const values = new HostileValues(seed, generated);
    const schema = await graphqlSchema();
    const queries = rootFieldOperations(schema, 'query', values, budget);
    const mutations = rootFieldOperations(schema, 'mutation', values, budget);
    // Without a key every mutation stops at UNAUTHENTICATED once its arguments coerce; with an editor's key a
    // sample reaches the annotation validator (one change at a time, so only a sample).
    const keyed = mutations
      .filter((_, index) => index % 6 === 0)
      .map((operation) => ({
        ...operation,
        target: `${operation.target} [editor]`,
        headers: { 'x-api-key': editorKey },
      }));
    const requests = httpRequests(values.forType(schema.getQueryType()!.getFields().actors.args[0].type) as string[]);

    await inBatches(
      [...queries, ...mutations, ...keyed],
      (operation) => operation.query,
      (operation) => send(operation.target, operation),
    );
    await inBatches(
      requests,
      (request) => request.route,
      (request) => send(request.route, request),
    );
    const graphAfter = await wholeGraph(db.executor);

    const total = [...sent.values()].reduce((sum, count) => sum + count, 0);
    const lines = [...sent.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([target, count]) => `  ${target}: ${count} sent, ${answered.get(target) ?? 0} answered`);
    console.log(
      [
        `[fuzz] seed ${seed}, ${generated} generated values per type: ${total} inputs in ${Date.now() - started} ms ` +
          `(${queries.length} query, ${mutations.length + keyed.length} mutation, ${requests.length} HTTP); ` +
          `graph ${graphBefore.length} nodes and edges before, ${graphAfter.length} after; ${findings.length} findings`,
        ...lines,
        '  slowest:',
        ...slowest
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map((entry) => `    ${entry.ms} ms ${entry.target} ${entry.request.slice(0, 160)}`),
        ...findings
          .slice(0, 20)
          .map(
            (finding) =>
              `  ! ${finding.target}: ${finding.what} (${finding.status}) ${finding.request} => ${finding.answer}`,
          ),
      ].join('\n'),
    );

    expect([...answered.values()].reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(findings).toEqual([]);
    expect(graphAfter).toEqual(graphBefore);
    // Every root field and every route was reached.
    expect(sent.size).toBeGreaterThan(Object.keys(schema.getQueryType()!.getFields()).length);
  }, 300_000);
});
