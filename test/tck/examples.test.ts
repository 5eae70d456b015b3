import 'reflect-metadata';
import { FIELD_LOADS } from '../../src/prefetch/field-loads';
import { exampleMutationSteps } from '../fixtures/example-mutation-steps';
import { exampleOperations } from '../support/api-examples';
import { idsExist } from './support/recording-executor';
import { EDITOR_KEY, Translator } from './support/translate';

// Every operation of schema/examples.graphql through the real app, and the
// Cypher and parameters it sends, kept as reviewed snapshots.
describe('schema/examples.graphql in Cypher', () => {
  let translator: Translator;
  beforeAll(async () => {
    translator = await Translator.start(idsExist);
  });
  afterAll(() => translator.close());

  const operations = exampleOperations();
  const queries = operations.filter((operation) => operation.kind === 'query');

  it.each(queries.map((operation) => [operation.name, operation.source]))('%s', async (_name, source) => {
    const translation = await translator.translate(source);
    expect(translation).toMatchSnapshot();
    // The promise of the prefetch (src/prefetch): an operation whose root
    // fields it plans is one round trip, however deep it walks.
    if (rootFieldsArePlanned(source)) expect(translation.queries.map((query) => query.name)).toEqual(['prefetch']);
  });

  it('plans the root fields of most example queries (the one-round-trip check above is not vacuous)', () => {
    const planned = queries.filter((operation) => rootFieldsArePlanned(operation.source));
    expect(planned.length).toBeGreaterThanOrEqual(queries.length - 4);
  });

  // The mutations in the order a client would send them: each validates
  // against seed/ and the change log, which the stand-in answers with the
  // changes of the steps before (as Neo4j would after they were written).
  const token = 'tck';
  const steps = exampleMutationSteps(token);
  const mutations = new Map(
    operations
      .filter((operation) => operation.kind === 'mutation')
      .map((operation) => [operation.name, operation.source]),
  );

  it('has a step for every example mutation', () => {
    expect(new Set(steps.map(([name]) => name))).toEqual(new Set(mutations.keys()));
  });

  it('sends each mutation, in order, as recorded', async () => {
    const log: { seq: number; payload: string }[] = [];
    const mutationTranslator = await Translator.start((query) => {
      if (query.name === 'annotation-changes') return log.map((entry) => ({ ...entry }));
      if (query.name === 'annotation-change-append')
        log.push({ seq: log.length + 1, payload: query.params.payload as string });
      return idsExist(query);
    });
    try {
      for (const [index, [name, input]] of steps.entries()) {
        const translation = await mutationTranslator.translate(
          mutations.get(name)!,
          { input },
          {
            'x-api-key': EDITOR_KEY,
          },
        );
        expect({ name, errors: translation.errors.filter((error) => error.startsWith('BAD_USER_INPUT')) }).toEqual({
          name,
          errors: [],
        });
        expect(translation.queries.map((query) => query.name)).toContain('annotation-change-append');
        expect(translation).toMatchSnapshot(`${index + 1}. ${name}`);
      }
    } finally {
      await mutationTranslator.close();
    }
  });
});

/** Whether the prefetch plans every root field of an operation (FIELD_LOADS.Query). */
function rootFieldsArePlanned(source: string): boolean {
  const roots = exampleRootFields(source);
  return roots.length > 0 && roots.every((field) => field in FIELD_LOADS.Query);
}

function exampleRootFields(source: string): string[] {
  // The operation's top-level selections: `alias: field(` or `field {`/`field(`.
  const body = source.slice(source.indexOf('{') + 1);
  const fields: string[] = [];
  let depth = 0;
  for (const match of body.matchAll(/[{}()]|([A-Za-z_]\w*)\s*(:\s*([A-Za-z_]\w*))?/g)) {
    if (match[0] === '{' || match[0] === '(') depth++;
    else if (match[0] === '}' || match[0] === ')') depth--;
    else if (depth === 0 && match[1]) fields.push(match[3] ?? match[1]);
  }
  return fields;
}
