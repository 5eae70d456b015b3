// Reading a request's selection sets ahead of execution, the way graphql-js
// will execute them: fragments spread in, @skip/@include honoured, argument
// values coerced with their defaults. The planner uses this to know, before
// any resolver runs, which fields a request will load.
import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
} from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLField, GraphQLSchema, SelectionSetNode } from 'graphql';

export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The operation's variables, already coerced. */
  variables: Record<string, unknown>;
}

/** One field of a selection, under one response key, with its coerced arguments. */
export interface SelectedField {
  responseKey: string;
  definition: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** Every node of the field under this key (a key may be selected several times and merged). */
  nodes: FieldNode[];
}

/** The fields selected on an object type, merged by response key as graphql-js merges them. */
export function selectedFields(
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  scope: SelectionScope,
): SelectedField[] {
  const byKey = new Map<string, FieldNode[]>();
  for (const set of selectionSets) collect(type, set, scope, byKey, new Set());
  const fields: SelectedField[] = [];
  for (const [responseKey, nodes] of byKey) {
    const definition = type.getFields()[nodes[0].name.value];
    if (!definition) continue; // __typename and other meta fields
    fields.push({ responseKey, definition, args: getArgumentValues(definition, nodes[0], scope.variables), nodes });
  }
  return fields;
}

/**
 * The selection sets reached by following `path` (field names) down from
 * `fields`, e.g. ['edges', 'node'] inside a connection; with the type found
 * there. Null when the path leaves object types (an interface, a union).
 */
export function followPath(
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  path: readonly string[],
  scope: SelectionScope,
): { type: GraphQLObjectType; selectionSets: SelectionSetNode[] } | null {
  let currentType = type;
  let currentSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next = selectedFields(currentType, currentSets, scope).filter((field) => field.definition.name === name);
    const definition = currentType.getFields()[name];
    const nextType = definition ? namedType(definition.type) : null;
    if (!(nextType instanceof GraphQLObjectType)) return null;
    currentType = nextType;
    currentSets = next.flatMap((field) =>
      field.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
    );
  }
  return { type: currentType, selectionSets: currentSets };
}

/** The object type a field returns through lists and non-nulls; null for scalars and abstract types. */
export function namedType(type: unknown): GraphQLObjectType | null {
  let current = type as { ofType?: unknown };
  while (current && current.ofType) current = current.ofType as { ofType?: unknown };
  if (isAbstractType(current)) return null;
  return current instanceof GraphQLObjectType ? current : null;
}

function collect(
  type: GraphQLObjectType,
  set: SelectionSetNode,
  scope: SelectionScope,
  byKey: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of set.selections) {
    if (!included(selection, scope)) continue;
    switch (selection.kind) {
      case Kind.FIELD: {
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
        break;
      }
      case Kind.INLINE_FRAGMENT:
        if (appliesTo(selection.typeCondition?.name.value, type, scope))
          collect(type, selection.selectionSet, scope, byKey, visitedFragments);
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (!fragment || visitedFragments.has(name)) break;
        visitedFragments.add(name);
        if (appliesTo(fragment.typeCondition.name.value, type, scope))
          collect(type, fragment.selectionSet, scope, byKey, visitedFragments);
        break;
      }
    }
  }
}

function appliesTo(condition: string | undefined, type: GraphQLObjectType, scope: SelectionScope): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = scope.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && scope.schema.isSubType(conditionType, type);
}

function included(selection: SelectionSetNode['selections'][number], scope: SelectionScope): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, scope.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, scope.variables);
  return include?.if !== false;
}
