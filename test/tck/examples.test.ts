import 'reflect-metadata';
import { FIELD_LOADS } from '../../src/prefetch/field-loads';
import { exampleMutationSteps } from '../fixtures/example-mutation-steps';
import { exampleOperations } from '../support/api-examples';
import { loadConfig } from '../../src/config';
import { itemProps } from '../../src/repositories/annotation-store';
import { itemContent, itemsFromFiles, keyedItems } from '../../src/sync/annotation-items';
import { readCorpusDir } from '../../src/sync/corpus-dir';
import { idsExist } from './support/recording-executor';
import type { RecordedQuery } from './support/recording-executor';
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
  // against the corpus the database keeps (src/repositories/annotation-store.ts),
  // which the stand-in keeps as Neo4j would: it starts as the seed files, and
  // each step's writes of items and edition are there for the next.
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
    const store = await seededStore();
    const mutationTranslator = await Translator.start((query) => store.answer(query) ?? idsExist(query));
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
        expect(translation.queries.map((query) => query.name)).toContain('annotation-change-record');
        expect(translation).toMatchSnapshot(`${index + 1}. ${name}`);
      }
    } finally {
      await mutationTranslator.close();
    }
  });
});

/** The annotation corpus as the database keeps it, at edition 1: the seed files' items, synced. */
async function seededStore() {
  const items = keyedItems(itemsFromFiles(await readCorpusDir(loadConfig().seed.dir)));
  const rows = new Map<string, Record<string, unknown>>(
    [...items].map(([key, item]) => [key, { key, ...itemProps(item, itemContent(item), 1, item) }]),
  );
  let edition = 1;
  let seq = 0;
  const answer = (query: RecordedQuery): Record<string, unknown>[] | undefined => {
    switch (query.name) {
      case 'annotation-corpus-edition':
      case 'annotation-corpus-lock':
        return [{ edition, uuid: 'tck' }];
      case 'annotation-items':
        return [...rows.values()];
      case 'annotation-items-write': {
        const written = query.params.rows as { key: string; props: Record<string, unknown> }[];
        for (const row of written) rows.set(row.key, { key: row.key, ...row.props });
        return [{ written: written.length }];
      }
      case 'annotation-items-delete':
        for (const key of query.params.keys as string[]) rows.delete(key);
        return [];
      case 'annotation-corpus-advance':
        edition = query.params.edition as number;
        return [{ edition }];
      case 'annotation-change-record':
        return [{ seq: ++seq }];
      default:
        return undefined;
    }
  };
  return { answer };
}

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
