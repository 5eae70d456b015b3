import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * Hostile queries written from the live schema rather than by hand, so they
 * keep covering every field the API helper adds: every string argument
 * reachable from Query (and Mutation) gets each injection string, every
 * `first` gets a page too large, and a recursive path (if the schema has
 * one) yields a query deeper than the limit.
 */
export interface Probe {
  /** e.g. Query.actors.edges.node.statements(filter.text) */
  label: string;
  operation: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

type Container = GraphQLObjectType | GraphQLInterfaceType;

interface Step {
  field: GraphQLField<unknown, unknown>;
  /** Fields on the way must be callable without arguments. */
  parent: Container;
}

/** Shortest argument-free path from the root to each reachable type. */
function reachableTypes(root: GraphQLObjectType): Map<Container, Step[]> {
  const paths = new Map<Container, Step[]>([[root, []]]);
  const queue: Container[] = [root];
  while (queue.length > 0) {
    const type = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const target = getNamedType(field.type);
      if ((isObjectType(target) || isInterfaceType(target)) && !paths.has(target) && !target.name.startsWith('__')) {
        paths.set(target, [...paths.get(type)!, { field, parent: type }]);
        queue.push(target);
      }
    }
  }
  return paths;
}

/** A valid-looking value for a required input, so the probe reaches its resolver. */
function sampleValue(type: GraphQLInputType, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType, depth + 1)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (isInputObjectType(nullable)) return requiredFields(nullable, depth);
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'String':
      case 'ID':
        return 'probe';
      default:
        // Custom scalars here are dates and similar: a date is the likeliest fit.
        return '2022-02-24';
    }
  }
  return null;
}

function requiredFields(type: GraphQLInputObjectType, depth: number): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  if (depth > 4) return value;
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined)
      value[field.name] = sampleValue(field.type, depth + 1);
  }
  return value;
}

/** Paths (within one argument's value) to every String or ID slot. */
function stringSlots(type: GraphQLInputType, depth = 0): string[][] {
  const nullable = getNullableType(type);
  if (isScalarType(nullable)) return nullable.name === 'String' || nullable.name === 'ID' ? [[]] : [];
  if (isListType(nullable)) return stringSlots(nullable.ofType, depth + 1).map((slot) => ['[0]', ...slot]);
  if (isInputObjectType(nullable) && depth < 4) {
    return Object.values(nullable.getFields()).flatMap((field) =>
      stringSlots(field.type, depth + 1).map((slot) => [field.name, ...slot]),
    );
  }
  return [];
}

function setAt(target: Record<string, unknown>, slot: string[], value: unknown, type: GraphQLInputType): unknown {
  if (slot.length === 0) return value;
  const nullable = getNullableType(type);
  const [head, ...rest] = slot;
  if (head === '[0]' && isListType(nullable)) {
    const element = getNullableType(nullable.ofType);
    return [setAt(isInputObjectType(element) ? requiredFields(element, 0) : {}, rest, value, nullable.ofType)];
  }
  if (isInputObjectType(nullable)) {
    const fieldType = nullable.getFields()[head].type;
    const current =
      (target[head] as Record<string, unknown> | undefined) ??
      (isInputObjectType(getNullableType(fieldType))
        ? requiredFields(getNullableType(fieldType) as GraphQLInputObjectType, 0)
        : {});
    return { ...target, [head]: setAt(current, rest, value, fieldType) };
  }
  return value;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

function callArgs(args: readonly GraphQLArgument[], variableOf: (arg: GraphQLArgument) => string | undefined): string {
  const parts = args
    .map((arg) => [arg.name, variableOf(arg)] as const)
    .filter(([, variable]) => variable !== undefined);
  return parts.length === 0 ? '' : `(${parts.map(([name, variable]) => `${name}: ${variable}`).join(', ')})`;
}

/**
 * One probe per (field, string slot): the target slot carries `value`, the
 * other required arguments sample values, all passed as variables the way
 * clients send them.
 */
export function stringArgumentProbes(schema: GraphQLSchema, value: string): Probe[] {
  const probes: Probe[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!root) continue;
    for (const [type, path] of reachableTypes(root)) {
      for (const field of Object.values(type.getFields())) {
        for (const target of field.args) {
          for (const slot of stringSlots(target.type)) {
            const variables: Record<string, unknown> = {};
            const declarations: string[] = [];
            const used = field.args.filter(
              (arg) => arg === target || (isNonNullType(arg.type) && arg.defaultValue === undefined),
            );
            for (const arg of used) {
              const base = arg === target && slot.length > 0 ? (sampleValue(arg.type) ?? {}) : sampleValue(arg.type);
              variables[arg.name] =
                arg === target ? setAt((base ?? {}) as Record<string, unknown>, slot, value, arg.type) : base;
              declarations.push(`$${arg.name}: ${arg.type.toString()}`);
            }
            const call = `${field.name}${callArgs(field.args, (arg) => (used.includes(arg) ? `$${arg.name}` : undefined))}${selectionFor(field)}`;
            const body = path.reduceRight((inner, step) => `${step.field.name} { ${inner} }`, call);
            probes.push({
              label: `${root.name}.${[...path.map((step) => step.field.name), field.name].join('.')}(${[target.name, ...slot].join('.')})`,
              operation,
              query: `${operation} Probe(${declarations.join(', ')}) { ${body} }`,
              variables,
            });
          }
        }
      }
    }
  }
  return probes;
}

/**
 * Every reachable field with an Int `first` or `last` argument, asked for
 * `size` items. Fields that also need an id are left out: a sample id is
 * "not found" before the page size is looked at.
 */
export function pageSizeProbes(schema: GraphQLSchema, size: number): Probe[] {
  const root = schema.getQueryType();
  if (!root) return [];
  const probes: Probe[] = [];
  for (const [type, path] of reachableTypes(root)) {
    for (const field of Object.values(type.getFields())) {
      for (const argument of field.args.filter(
        (arg) => ['first', 'last'].includes(arg.name) && getNamedType(arg.type).name === 'Int',
      )) {
        const required = field.args.filter(
          (arg) => arg !== argument && isNonNullType(arg.type) && arg.defaultValue === undefined,
        );
        if (required.length > 0) continue;
        const variables: Record<string, unknown> = { [argument.name]: size };
        for (const arg of required) variables[arg.name] = sampleValue(arg.type);
        const declarations = [argument, ...required].map((arg) => `$${arg.name}: ${arg.type.toString()}`);
        const call = `${field.name}${callArgs(field.args, (arg) => (arg === argument || required.includes(arg) ? `$${arg.name}` : undefined))}${selectionFor(field)}`;
        const body = path.reduceRight((inner, step) => `${step.field.name} { ${inner} }`, call);
        probes.push({
          label: `Query.${[...path.map((step) => step.field.name), field.name].join('.')}(${argument.name}: ${size})`,
          operation: 'query',
          query: `query Page(${declarations.join(', ')}) { ${body} }`,
          variables,
        });
      }
    }
  }
  return probes;
}

/**
 * A valid query exactly `depth` field levels deep (armor's count:
 * `{ a { b } }` is 2) along a cycle of argument-free object fields
 * (actor -> statements -> speaker -> ...), or undefined when the schema has
 * no such cycle.
 */
export function deepQuery(schema: GraphQLSchema, depth: number): string | undefined {
  const root = schema.getQueryType();
  if (!root) return undefined;
  const paths = reachableTypes(root);
  for (const [type, path] of paths) {
    const cycle = cycleFrom(type, paths);
    if (!cycle) continue;
    const names = [...path.map((step) => step.field.name)];
    let index = 0;
    while (names.length < depth - 1) names.push(cycle[index++ % cycle.length]);
    if (names.length > depth - 1) continue;
    return `{ ${names.reduceRight((inner, name) => `${name} { ${inner} }`, '__typename')} }`;
  }
  return undefined;
}

/** Field names leading from `start` back to itself without arguments, shortest first. */
function cycleFrom(start: Container, paths: Map<Container, Step[]>): string[] | undefined {
  const queue: { type: Container; names: string[] }[] = [{ type: start, names: [] }];
  const seen = new Set<Container>();
  while (queue.length > 0) {
    const { type, names } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const target = getNamedType(field.type);
      if (!(isObjectType(target) || isInterfaceType(target)) || !paths.has(target)) continue;
      if (target === start) return [...names, field.name];
      if (!seen.has(target) && names.length < 6) {
        seen.add(target);
        queue.push({ type: target, names: [...names, field.name] });
      }
    }
  }
  return undefined;
}

/** The first root query field callable without arguments, with a small selection. */
export function cheapRootSelection(schema: GraphQLSchema): string {
  const root = schema.getQueryType()!;
  for (const field of Object.values(root.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    return `${field.name}${selectionFor(field)}`;
  }
  return '__typename';
}

/**
 * Full pages nested inside full pages (actors(first: 100) { nodes {
 * statements(first: 100) ... } }): each field on the way that takes `first`
 * gets `size`, as a literal or as the variable $first, the way clients send
 * it. Undefined when no two page fields nest.
 */
export function nestedPagesQuery(
  schema: GraphQLSchema,
  size: number,
  style: 'literal' | 'variable',
): Probe | undefined {
  const root = schema.getQueryType();
  if (!root) return undefined;
  const takesFirst = (field: GraphQLField<unknown, unknown>) =>
    field.args.some((arg) => arg.name === 'first' && getNamedType(arg.type).name === 'Int');
  const value = style === 'literal' ? String(size) : '$first';
  for (const [type, path] of reachableTypes(root)) {
    for (const field of Object.values(type.getFields())) {
      if (!takesFirst(field) || field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined))
        continue;
      const chain = [...path.map((step) => step.field), field];
      if (chain.filter(takesFirst).length < 2) continue;
      const call = (item: GraphQLField<unknown, unknown>) =>
        `${item.name}${takesFirst(item) ? `(first: ${value})` : ''}`;
      const body = chain
        .slice(0, -1)
        .reduceRight((inner, item) => `${call(item)} { ${inner} }`, `${call(field)}${selectionFor(field)}`);
      return {
        label: `Query.${chain.map((item) => item.name).join('.')} (first: ${size} as ${style})`,
        operation: 'query',
        query: style === 'literal' ? `query Nested { ${body} }` : `query Nested($first: Int) { ${body} }`,
        variables: style === 'literal' ? {} : { first: size },
      };
    }
  }
  return undefined;
}

/** Each mutation with sample values for its required arguments, as variables. */
export function mutationProbes(schema: GraphQLSchema): Probe[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields()).map((field) => {
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const variables = Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)]));
    const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`);
    const call = `${field.name}${callArgs(field.args, (arg) => (required.includes(arg) ? `$${arg.name}` : undefined))}${selectionFor(field)}`;
    return {
      label: `Mutation.${field.name}`,
      operation: 'mutation' as const,
      query: `mutation Probe${declarations.length ? `(${declarations.join(', ')})` : ''} { ${call} }`,
      variables,
    };
  });
}
