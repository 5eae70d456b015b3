import { GraphQLSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { UNPAGED_LIST_SIZE } from '../../src/http/field-cost';
import { price } from '../../src/http/query-cost';
import { DEFAULT_PAGE_SIZE } from '../../src/model/page-size';

// The price of an operation as query-cost.ts computes it, without a server:
// the rules of field-cost.ts, one by one.
describe('query cost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await graphqlSchema();
  });

  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )!;
    return price(schema, document, operation, variables);
  };

  it('prices a page left without first as the default page it returns', () => {
    expect(cost('{ actors { nodes { name } } }')).toBe(
      cost(`{ actors(first: ${DEFAULT_PAGE_SIZE}) { nodes { name } } }`),
    );
    // The page field 1, then per item: nodes 1 + name 1.
    expect(cost('{ actors { nodes { name } } }')).toBe(1 + DEFAULT_PAGE_SIZE * 2);
    expect(cost('{ actors(first: 1) { nodes { name } } }')).toBe(3);
  });

  it('multiplies nested pages, defaults included', () => {
    const inner = 1 + DEFAULT_PAGE_SIZE * (1 + 1); // statements { nodes { text } }
    expect(cost('{ actors { nodes { statements { nodes { text } } } } }')).toBe(1 + DEFAULT_PAGE_SIZE * (1 + inner));
    expect(cost('{ actors { nodes { statements { nodes { text } } } } }')).toBe(
      cost('{ actors(first: 20) { nodes { statements(first: 20) { nodes { text } } } } }'),
    );
  });

  it('prices page sizes sent as variables, and their defaults, by their value', () => {
    const query = 'query ($n: Int) { actors(first: $n) { nodes { name } } }';
    expect(cost(query, { n: 100 })).toBe(cost('{ actors(first: 100) { nodes { name } } }'));
    expect(cost(query, {})).toBe(cost('{ actors { nodes { name } } }'));
    expect(cost('query ($n: Int = 7) { actors(first: $n) { nodes { name } } }')).toBe(1 + 7 * 2);
    expect(cost('query ($n: Int) { actors(last: $n) { nodes { name } } }', { n: 3 })).toBe(1 + 3 * 2);
  });

  it('takes a list that is not a page to hold a few items', () => {
    // statement(id) 1 + targets (1 + 5 x name 1) + id 1
    expect(cost('{ statement(id: "s") { id targets { name } } }')).toBe(1 + 1 + (1 + UNPAGED_LIST_SIZE * 1));
  });

  it('prices analytics and exports by their work, so fifteen of them are over the default limit', () => {
    const one = cost('{ analytics { centrality { method } } }') as number;
    expect(one).toBeGreaterThanOrEqual(400);
    const exportOne = cost('{ analytics { export(graph: FULL, format: CSV) { nodeCount } } }') as number;
    expect(exportOne).toBeGreaterThanOrEqual(1_000);
    const fifteen = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: analytics { export(graph: FULL, format: CSV) { nodeCount } }`).join(' ')} }`;
    expect(cost(fifteen)).toBe(15 * exportOne);
  });

  it('admits the one-screen list of 100 rejections with all seven fields well under the default limit', () => {
    const rejections = cost(
      '{ rejections(first: 100) { totalCount nodes { rejecter { id name } onBehalfOf { name } demand { summary kind topic } owner { name } statement { text isParaphrase } date { value precision } article { title } } } }',
    ) as number;
    expect(rejections).toBeGreaterThan(1_000);
    expect(rejections).toBeLessThan(5_000);
  });

  it('does not price one by one what has too many fields (a fragment bomb): null', () => {
    const fragments = ['fragment F0 on Query { __typename }'];
    for (let level = 1; level <= 8; level++)
      fragments.push(`fragment F${level} on Query { ${`...F${level - 1} `.repeat(4)}}`);
    expect(cost(`{ ...F8 } ${fragments.join(' ')}`)).toBeNull();
  });

  it('leaves variables of the wrong type to execution, which refuses them as bad input', () => {
    expect(cost('query ($n: Int) { actors(first: $n) { nodes { name } } }', { n: 'many' })).toBe('unpriceable');
  });
});
