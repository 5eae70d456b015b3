import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isScalarType,
} from 'graphql';
import type { HostileValues } from './fuzz-values';

// Walks the schema's root fields and turns each of their arguments (and
// each field of an input-object argument) into operations that carry one
// hostile value at a time, every other required argument holding a
// plausible one, so the hostile value reaches the resolver rather than
// failing on a neighbour first.

export interface FuzzOperation {
  /** "Query.actors(search)", the count key. */
  target: string;
  query: string;
  variables: Record<string, unknown>;
}

const PLAUSIBLE: Record<string, unknown> = {
  ID: 'actor-dmitry-peskov',
  String: 'peace',
  Int: 1,
  Float: 1,
  Boolean: true,
};

/** A valid-looking value for a required slot. */
export function plausible(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausible(type.ofType as GraphQLInputType);
  if (isListType(type)) return [plausible(type.ofType as GraphQLInputType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = plausible(field.type);
    }
    return object;
  }
  return isScalarType(type) ? (PLAUSIBLE[type.name] ?? 'x') : 'x';
}

/** A small selection that makes the field's resolvers run: leaves and one level of objects below. */
export function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named) && !isInterfaceType(named))
    return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter(
    (field) => !field.args.some(isRequiredArgument),
  );
  const leaves = fields.filter((field) => isLeaf(field.type)).slice(0, 4);
  const objects = depth < 1 ? fields.filter((field) => !isLeaf(field.type)).slice(0, 2) : [];
  const parts = [
    '__typename',
    ...leaves.map((field) => field.name),
    ...objects.map((field) => `${field.name} ${selection(field.type, depth + 1)}`),
  ];
  return `{ ${parts.join(' ')} }`;
}

function isLeaf(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) || isEnumType(named);
}

function document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: GraphQLArgument[]): string {
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return (
    `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ` +
    `${selection(field.type)} }`
  );
}

export interface FuzzBudget {
  /** Hostile values per argument. */
  perArgument: number;
  /** Hostile values per field of an input-object argument. */
  perInputField: number;
}

/** Hostile operations for every argument of every root field of `kind`, `budget` values each. */
export function rootFieldOperations(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
  values: HostileValues,
  budget: FuzzBudget,
): FuzzOperation[] {
  // Moves on with every slot, so slots of the same type try different values.
  let offset = 0;
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!root) return [];
  const operations: FuzzOperation[] = [];
  for (const field of Object.values(root.getFields())) {
    const required = field.args.filter(isRequiredArgument);
    const baseline = Object.fromEntries(required.map((arg) => [arg.name, plausible(arg.type)]));
    if (field.args.length === 0) {
      operations.push({ target: `${root.name}.${field.name}`, query: document(kind, field, []), variables: {} });
      continue;
    }
    for (const arg of field.args) {
      const args = [...new Set([...required, arg])];
      const query = document(kind, field, args);
      const target = `${root.name}.${field.name}(${arg.name})`;
      for (const value of values.fewForType(arg.type, budget.perArgument, (offset += budget.perArgument))) {
        operations.push({ target, query, variables: { ...baseline, [arg.name]: value } });
      }
      // An input object: each of its fields hostile in turn, the others plausible.
      const inputType = getNamedType(arg.type);
      if (!isInputObjectType(inputType)) continue;
      const valid = plausible(inputType) as Record<string, unknown>;
      for (const inner of Object.values(inputType.getFields())) {
        for (const value of values.fewForType(inner.type, budget.perInputField, (offset += budget.perInputField))) {
          operations.push({
            target: `${target}.${inner.name}`,
            query,
            variables: { ...baseline, [arg.name]: { ...valid, [inner.name]: value } },
          });
        }
      }
    }
  }
  return operations;
}
