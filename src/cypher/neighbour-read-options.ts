// What chooses the text of a neighbour read: the walk's direction (the
// query's name), its one relationship type, the model's facts about that type
// and the flags the loaders and the prefetch set (src/repositories/
// neighbour.repository.ts, src/prefetch/compose-cypher.ts). Only whether a
// parameter is set (a value other than null or false) or which of a few fixed
// words it holds chooses; the values themselves travel as parameters.
import type { Params } from '../db/executor';
import { NODE_LABELS } from '../domain';
import type { EdgeType } from '../domain';
import { modelEdgeType } from './model-edge-type';
import type { Direction } from './neighbour-pattern';
import { isSet } from './list-request';
import { KEYED_SORTS } from './neighbour-sort-key';

export interface NeighbourReadOptions {
  direction: Direction;
  /** The walk's one relationship type ($relType), named by the pattern; null: several, filtered by $types. */
  type: EdgeType | null;
  /** The parents are nodes an earlier step found ($parents), not ids ($ids). */
  fromNodes: boolean;
  /** Also return the entries' nodes (handedOn), for a composed query's next step. */
  handOn: boolean;
  /** Nodes are projected to the properties $fields lists. */
  projected: boolean;
  /** Every edge of the type holds only the empty key: a projected read leaves the edge out. */
  bareEdges: boolean;
}

export interface NeighbourListOptions extends NeighbourReadOptions {
  /** The types reach one far label only ($label). */
  oneLabel: boolean;
}

export interface NeighbourPageOptions extends NeighbourReadOptions {
  /** Every edge of the type ends at a $label node: no label test. */
  labelImplied: boolean;
  /** Edges of the type carry no key, so the far node's id alone breaks ties. */
  oneEdgePerPair: boolean;
  /** The sort's name ($sort); the far label ($label) too, as a statement's date needs no fallback. */
  sort: string | null;
  label: string | null;
  desc: boolean;
  first: boolean;
  after: boolean;
  before: boolean;
  last: boolean;
  /** Only the page is wanted: no total. */
  pageOnly: boolean;
}

/** `value` if it is one of `words`, else null: only a fixed word chooses a text. */
const oneOf = (value: unknown, words: readonly string[]): string | null =>
  typeof value === 'string' && words.includes(value) ? value : null;

// Written out field by field, not spread from a shared part: a spread into a
// literal of this many properties took V8 some 25 µs, on every request.
export function listOptions(query: string, direction: Direction, params: Params): NeighbourListOptions {
  return {
    direction,
    type: isSet(params.relType) ? modelEdgeType(params.relType, query) : null,
    fromNodes: isSet(params.parents),
    handOn: isSet(params.handOn),
    projected: isSet(params.fields),
    bareEdges: isSet(params.bareEdges),
    oneLabel: isSet(params.label),
  };
}

export function pageOptions(query: string, direction: Direction, params: Params): NeighbourPageOptions {
  return {
    direction,
    type: isSet(params.relType) ? modelEdgeType(params.relType, query) : null,
    fromNodes: isSet(params.parents),
    handOn: isSet(params.handOn),
    projected: isSet(params.fields),
    bareEdges: isSet(params.bareEdges),
    labelImplied: isSet(params.labelImplied),
    oneEdgePerPair: isSet(params.oneEdgePerPair),
    sort: oneOf(params.sort, KEYED_SORTS),
    label: oneOf(params.label, NODE_LABELS),
    desc: isSet(params.desc),
    first: isSet(params.first),
    after: isSet(params.after),
    before: isSet(params.before),
    last: isSet(params.last),
    pageOnly: isSet(params.pageOnly),
  };
}

/** The flags a neighbour list's text depends on. */
export const LIST_CONDITIONS = ['relType', 'parents', 'handOn', 'fields', 'bareEdges', 'label'] as const;

/** The flags a neighbour page's text depends on. */
export const PAGE_CONDITIONS = [
  ...LIST_CONDITIONS,
  'labelImplied',
  'oneEdgePerPair',
  'sort',
  'desc',
  'first',
  'after',
  'before',
  'last',
  'pageOnly',
] as const;
