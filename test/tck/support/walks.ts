// The walks of the schema: every field of a node type that leads to other
// nodes (a neighbour, a list, a page, an edge with provenance), once per
// value of an argument that picks relationship types, and a page once more
// as its first page alone (no totalCount: the planner's pageOnly read), each
// as a small operation from the node's by-id root field; and every root list.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';

export interface Walk {
  /** Type.field with its arguments: `Actor.relations(types: [LEADS])`, `Actor.statements(first: 2)`. */
  name: string;
  type: string;
  field: string;
  /** From the type's by-id root (or the root list itself): the way the planner sees it. */
  planned: string;
  /** From node(id): not planned, so every field loads by itself (the resolvers' own reads); none for a root list. */
  loaded?: string;
}

/** The id each walk starts from: a node of the type, by the prefix of its global id. */
export const START_IDS: Record<string, string> = {
  Actor: 'actor-tck',
  Article: 'article-tck',
  Demand: 'demand-tck',
  Event: 'event-tck',
  Statement: 'stmt-tck',
  Territory: 'territory-tck',
};

export function schemaWalks(schema: GraphQLSchema): Walk[] {
  const walks: Walk[] = [];
  for (const [typeName, root] of byIdRoots(schema)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      if (!reachesNode(getNamedType(field.type))) continue;
      for (const [args, counted] of argumentVariants(field)) {
        const selection = `${field.name}${args} ${selectionOf(getNamedType(field.type), counted)}`;
        const id = START_IDS[typeName];
        walks.push({
          name: `${typeName}.${field.name}${args}`,
          type: typeName,
          field: field.name,
          planned: `query Walk { ${root}(id: "${id}") { id ${selection} } }`,
          loaded: `query Walk { node(id: "${id}") { id ... on ${typeName} { ${selection} } } }`,
        });
      }
    }
  }
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(field.type);
    if (!type.name.endsWith('Connection') || !reachesNode(type)) continue;
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    for (const [args, counted] of argumentVariants(field)) {
      walks.push({
        name: `Query.${field.name}${args}`,
        type: 'Query',
        field: field.name,
        planned: `query Walk { ${field.name}${args} ${selectionOf(type, counted)} }`,
      });
    }
  }
  return walks;
}

/** Node types and their by-id root field (`actor(id: ID!): Actor!`). */
export function byIdRoots(schema: GraphQLSchema): [string, string][] {
  return Object.values(schema.getQueryType()!.getFields())
    .filter((field) => field.args.length === 1 && field.args[0].name === 'id' && isNodeType(getNamedType(field.type)))
    .map((field) => [getNamedType(field.type).name, field.name]);
}

function isNodeType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
}

/** Whether a type is a node, or holds one within a few fields (a connection, an edge, a stance). */
function reachesNode(type: GraphQLNamedType, depth = 3): boolean {
  if (isNodeType(type) || (isInterfaceType(type) && type.name === 'Node')) return true;
  if (!isObjectType(type) || depth === 0) return false;
  return Object.values(type.getFields()).some((field) => reachesNode(getNamedType(field.type), depth - 1));
}

/**
 * The arguments of each walk of a field, and whether it counts (selects
 * totalCount): the defaults; one per value of a list-of-enum argument (the
 * relationship types a walk follows); and for a page, its first two alone.
 */
function argumentVariants(field: GraphQLField<unknown, unknown>): [string, boolean][] {
  const variants: [string, boolean][] = [['', true]];
  const picking = field.args.find(picksTypes);
  if (picking) {
    const values = (getNamedType(picking.type) as unknown as { getValues(): { name: string }[] }).getValues();
    variants.push(...values.map((value): [string, boolean] => [`(${picking.name}: [${value.name}])`, true]));
  }
  if (field.args.some((arg) => arg.name === 'first')) variants.push(['(first: 2)', false]);
  return variants;
}

function picksTypes(arg: GraphQLArgument): boolean {
  const nullable = getNullableType(arg.type);
  return isListType(nullable) && isEnumType(getNamedType(arg.type));
}

/**
 * The least that reaches the nodes of a result: a node's id; of anything
 * else, its plain fields (totalCount, type, stance) and, again, the nodes it holds.
 */
function selectionOf(type: GraphQLNamedType, counted = true, depth = 3): string {
  if (isNodeType(type) || isInterfaceType(type)) return '{ id }';
  if (!isObjectType(type) || depth === 0) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    if (field.name === 'totalCount' && !counted) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (reachesNode(named, depth - 1)) parts.push(`${field.name} ${selectionOf(named, true, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}
