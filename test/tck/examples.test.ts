import 'reflect-metadata';
import { FIELD_LOADS } from '../../src/prefetch/field-loads';
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
  const text = `A made-up report ${token}.\nThe minister said: "No talks before a ceasefire." The other side refused.\n`;
  const quote = 'No talks before a ceasefire';
  const date = { value: '2025-03', precision: 'MONTH', cue: 'example', inferred: true };
  const steps: [string, Record<string, unknown>][] = [
    [
      'AddArticle',
      {
        id: `article-${token}`,
        file: `${token}.txt`,
        title: `Example ${token}`,
        titleIsHeadline: false,
        published: date,
        text,
      },
    ],
    [
      'AddStatement',
      {
        id: `stmt-${token}-01`,
        article: `article-${token}`,
        speaker: 'actor-russia',
        date,
        paraphrase: 'Russia rules out talks before a ceasefire.',
        plover: { type: 'REQUEST', cameo: '020' },
        quote: { text: quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length },
      },
    ],
    [
      'AddDemand',
      {
        id: `demand-${token}`,
        article: `article-${token}`,
        summary: 'A ceasefire before any talks',
        kind: 'PRECONDITION',
        topic: 'CEASEFIRE',
        owner: 'actor-russia',
        addressedTo: ['actor-ukraine'],
        setBy: `stmt-${token}-01`,
      },
    ],
    [
      'AddStatement',
      {
        id: `stmt-${token}-02`,
        article: `article-${token}`,
        speaker: 'actor-ukraine',
        date,
        paraphrase: 'Ukraine refuses.',
        plover: { type: 'REJECT', cameo: '120' },
        evidence: { start: text.indexOf('The other'), end: text.length - 1 },
      },
    ],
    ['AddRejection', { statement: `stmt-${token}-02`, demand: `demand-${token}` }],
  ];
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
