import { readFileSync } from 'node:fs';
import {
  buildSchema as buildSdlSchema,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { SCHEMA_FILE, schemaSdl } from '../../src/graphql/emit-schema';

/** Every type, field, argument and enum value without a description, as "Type.field(arg)". */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim() === '';
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the GraphQL schema', () => {
  it('matches the committed SDL in schema/schema.graphql', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const current = await schemaSdl();
    // On failure: npx tsc -p tsconfig.json && node dist/src/graphql/emit-schema.js, then review the diff.
    expect(current).toBe(committed);
  });

  it('describes every type, field, argument and enum value', async () => {
    expect(undescribed(await graphqlSchema())).toEqual([]);
  });

  it('finds an undescribed field when there is one (the check itself works)', () => {
    const schema = buildSdlSchema('"The root." type Query { "Described." a: Int b(x: Int): Int }');
    expect(undescribed(schema)).toEqual(['Query.b', 'Query.b(x)']);
  });

  it('lets every node type implement Node and be reachable from the root', async () => {
    const schema = await graphqlSchema();
    const implementations = schema
      .getImplementations(schema.getType('Node') as never)
      .objects.map((type) => type.name)
      .sort();
    expect(implementations).toEqual(['Actor', 'Article', 'Demand', 'Event', 'Statement', 'Territory']);
    const query = schema.getQueryType()!.getFields();
    for (const field of [
      'node',
      'actor',
      'actors',
      'statements',
      'demands',
      'rejections',
      'territories',
      'articles',
      'events',
      'timeline',
      'path',
    ]) {
      expect(query[field]).toBeDefined();
    }
  });
});
