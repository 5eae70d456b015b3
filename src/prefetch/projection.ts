// Which node properties a request needs: the prefetch reads only those.
// Whole property maps cost more to send and to decode than the walk itself
// once a request reaches hundreds of nodes (a statement carries sixteen
// properties; a nested list of statements may show two). The projection is
// per label and for the whole operation: every node of a label read in one
// request carries every property any selection of that label asks for, so a
// node found in a loader's cache by another field still has what that field
// needs.
import { getNamedType, isAbstractType, isLeafType, isObjectType } from 'graphql';
import type { GraphQLObjectType, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { Params, Row } from '../db/executor';
import { BARE_EDGE_PROPERTIES } from '../model/edge-ends';
import type { NodeLabel } from '../model/node.interface';
import { domainLabel, FIELD_PROPERTIES, mappedProperties } from '../repositories/node-mapper';
import type { Props } from '../repositories/node-mapper';
import { selectedFields } from './selection';
import type { SelectionScope } from './selection';
import type { ProjectedQuery } from './projected-queries';

const NODE_LABELS = Object.keys(FIELD_PROPERTIES) as NodeLabel[];

/** Per label, the properties to read besides the id; passed to the named queries as $fields. */
export type Projection = Record<NodeLabel, string[]>;

/** The properties the operation's selections need, per label; a label it does not select is read whole (as its mapper reads it). */
export function projectionOf(operation: OperationDefinitionNode, scope: SelectionScope): Projection {
  const selected: Selected = { byLabel: new Map(), whole: false };
  const queryType = scope.schema.getQueryType();
  if (queryType) collect(queryType, [operation.selectionSet], scope, selected);
  return Object.fromEntries(
    NODE_LABELS.map((label) => {
      const fields = selected.whole ? undefined : selected.byLabel.get(label);
      return [label, fields ? propertiesOf(label, fields, scope) : mappedProperties(label)];
    }),
  ) as Projection;
}

/**
 * Fields of other types that show a node's property: selecting one counts
 * as selecting that field of the node (a rejection's date is its
 * statement's, rejection.repository.ts).
 */
const SHOWN_FROM_NODES: Record<string, Record<string, { label: NodeLabel; field: string }>> = {
  Rejection: { date: { label: 'Statement', field: 'date' } },
};

/**
 * Types whose fields show no node property of their own: connections,
 * edges and page info; what an edge or an edge type holds (stances,
 * conflicts, relations); the values of a node's field (a date, a quote),
 * which that field already names. Any other type (analytics, paths, or one
 * added later) reads whole nodes, so a type this list does not know costs
 * speed, never a wrong answer.
 */
const PLAIN_TYPE =
  /(Connection|Edge)$|^(Query|PageInfo|Rejection|StanceOnDemand|DemandConflict|FuzzyDate|Quote|Span|PloverCode)$/;

interface Selected {
  byLabel: Map<NodeLabel, Set<string>>;
  /** A type outside PLAIN_TYPE was selected: read every label whole. */
  whole: boolean;
}

function collect(
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  scope: SelectionScope,
  selected: Selected,
): void {
  const label = (NODE_LABELS as readonly string[]).includes(type.name) ? (type.name as NodeLabel) : null;
  if (!label && !PLAIN_TYPE.test(type.name)) selected.whole = true;
  const select = (of: NodeLabel, field: string) =>
    selected.byLabel.set(of, (selected.byLabel.get(of) ?? new Set<string>()).add(field));
  for (const field of selectedFields(type, sets, scope)) {
    if (label) select(label, field.definition.name);
    const shown = SHOWN_FROM_NODES[type.name]?.[field.definition.name];
    if (shown) select(shown.label, shown.field);
    const childSets = field.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    if (!childSets.length) continue;
    const named = getNamedType(field.definition.type);
    const objectTypes = isObjectType(named)
      ? [named]
      : isAbstractType(named)
        ? scope.schema.getPossibleTypes(named)
        : [];
    for (const objectType of objectTypes) collect(objectType, childSets, scope, selected);
  }
}

/**
 * The properties behind the selected fields of one label. A leaf field the
 * table does not know (a scalar added to the type but not to
 * FIELD_PROPERTIES) reads the label whole, so a gap in the table costs
 * speed, never a wrong answer.
 */
function propertiesOf(label: NodeLabel, fields: Set<string>, scope: SelectionScope): string[] {
  const type = scope.schema.getType(label);
  const definitions = isObjectType(type) ? type.getFields() : {};
  const table = FIELD_PROPERTIES[label];
  const properties = new Set<string>();
  for (const field of fields) {
    if (field === 'id') continue;
    const known = table[field];
    if (known) known.forEach((property) => properties.add(property));
    else if (!definitions[field] || isLeafType(getNamedType(definitions[field].type))) return mappedProperties(label);
  }
  return [...properties];
}

/**
 * A node as a projected query returns it: one list, its id and then the
 * projected properties' values in $fields order. A list rather than a map
 * {id, values}: a nested read returns hundreds of nodes, and each map would
 * bring two key names more to send, decode and allocate.
 */
type ProjectedNode = [id: string, ...values: unknown[]];

/** The property map of a projected node: what properties(n) would give, for the projected properties. */
export function unproject(node: ProjectedNode | null, properties: readonly string[]): Props | null {
  if (!node) return null;
  const props: Props = { id: node[0] };
  for (let i = 0; i < properties.length; i++) {
    const value = node[i + 1];
    if (value !== null && value !== undefined) props[properties[i]] = value;
  }
  return props;
}

/** Turns one row of a projected read back into the row its loader knows; `params` are the read's own (its loader key's). */
type Slot = (row: Row, projection: Projection, params: Params) => void;

const entriesOf = (row: Row): Row[] => (row.page ?? row.items ?? []) as Row[];

/**
 * Neighbour entries, whose projected rows leave out what the model implies
 * (the `fields && … bareEdges` variants of the neighbour queries): the far
 * label when the read's flags say the types reach one only, the type of a
 * one-type read, edges that hold only the empty key, and a page entry's
 * tie, which is made of those (src/cypher/neighbour-page-window.ts). Each is put
 * back as the full query would have returned it.
 */
const neighbourEntries: Slot = (row, projection, params) => {
  const page = row.page !== undefined;
  // A page names its far label always, and says whether the type implies it; a list names it only when implied.
  const impliedLabel = (page ? (params.labelImplied === true ? params.label : null) : params.label) as NodeLabel | null;
  for (const entry of entriesOf(row)) {
    if (entry.labels === undefined) entry.labels = [ENTITY_LABEL, requireImplied(impliedLabel, 'label', params)];
    if (entry.edgeType === undefined)
      entry.edgeType = requireImplied(params.relType as string | null, 'relType', params);
    if (entry.edge === undefined) entry.edge = BARE_EDGE_PROPERTIES;
    if (page && entry.tie === undefined)
      entry.tie = `${(entry.node as ProjectedNode)[0]} ${entry.edgeType} ${(entry.edge as Props).key ?? ''}`;
    entry.node = unproject(entry.node as ProjectedNode, projection[domainLabel(entry.labels as string[]) ?? 'Actor']);
  }
};

/** The label every node of ours carries besides its own (the id constraint's). */
const ENTITY_LABEL = 'Entity';

function requireImplied<T>(value: T | null | undefined, what: string, params: Params): T {
  // The query leaves a part out only under the flags that imply it, so this is a query and flags out of step.
  if (value === null || value === undefined)
    throw new Error(
      `A projected neighbour row left out its ${what}, which its flags do not imply (${JSON.stringify(params)})`,
    );
  return value;
}
const ofLabel =
  (label: NodeLabel): Slot =>
  (row, projection) => {
    for (const entry of entriesOf(row)) entry.node = unproject(entry.node as ProjectedNode, projection[label]);
  };

/**
 * Where each projectable named query puts its nodes, and their label: the
 * prefetch passes $fields only to these, and turns their rows back into
 * the rows the loaders know.
 */
export const PROJECTED_NODES: Record<ProjectedQuery, Slot> = {
  'nodes-by-id': (row, projection) => {
    row.node = unproject(row.node as ProjectedNode, projection[domainLabel(row.labels as string[]) ?? 'Actor']);
  },
  'neighbour-page-in': neighbourEntries,
  'neighbour-page-out': neighbourEntries,
  'neighbour-list-in': neighbourEntries,
  'neighbour-list-out': neighbourEntries,
  'actors-page': ofLabel('Actor'),
  'statements-page': ofLabel('Statement'),
  'statements-search-page': ofLabel('Statement'),
  'rejections-page': (row, projection) => {
    const labelOf: Record<string, NodeLabel> = {
      rejecter: 'Actor',
      principal: 'Actor',
      owner: 'Actor',
      statement: 'Statement',
      demand: 'Demand',
      article: 'Article',
    };
    for (const entry of entriesOf(row)) {
      for (const [slot, label] of Object.entries(labelOf))
        entry[slot] = unproject(entry[slot] as ProjectedNode | null, projection[label]);
    }
  },
};
