// One hop from a node to its neighbours, for the fields that walk the graph.
// Which edges a field follows is data (direction, edge types, far label), so
// a single pair of named queries serves every such field, batched per request.
import type { ConnectionShape } from '../model/connection';
import type { NodeLabel } from '../model/node.interface';
import type { PageArgs } from '../model/page.args';
import type { SortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import type { Params } from '../db/executor';
import { loadRow } from './loaders';
import type { ParentKey } from './loaders';
import { whenReady } from './ready';
import type { Ready } from './ready';
import type { Props } from './node-mapper';
import { edgesAreBare, farLabelOf, farLabelOfAll, isEdgeType, KEYED_EDGE_TYPES } from '../model/edge-ends';
import { EMPTY_PAGE, pageParams, toConnection } from './paging';
import { currentMaxPageSize } from '../model/page-size';
import type { PageEntry, PageRow } from './paging';

export interface Walk {
  /** out: from the parent along the edge's direction; in: against it. */
  direction: 'out' | 'in';
  types: readonly string[];
  /** Label of the node at the far end. */
  label: NodeLabel;
}

/** A neighbour with the edge that leads to it. */
export interface NeighbourItem {
  node: Props;
  labels: string[];
  edgeType: string;
  edge: Props;
}
export type NeighbourEntry = NeighbourItem & PageEntry;

/** One page of neighbours of one parent; batched with the same walk for other parents. */
export function neighbourPage(
  data: DataAccess,
  parentId: string,
  walk: Walk,
  sort: SortSpec,
  args: PageArgs,
): Ready<PageRow<NeighbourEntry>> {
  return whenReady(
    loadRow(data.loaders, neighbourPageKey(parentId, walk, sort, args)),
    (row) => (row as PageRow<NeighbourEntry> | null) ?? (EMPTY_PAGE as unknown as PageRow<NeighbourEntry>),
  );
}

/** The connection of plain neighbour nodes, mapped to model instances by `toModel`. */
export function neighbourConnection<TNode>(
  data: DataAccess,
  parentId: string,
  walk: Walk,
  sort: SortSpec,
  args: PageArgs,
  toModel: (props: Props) => TNode,
): Ready<ConnectionShape<{ cursor: string; node: TNode }, TNode>> {
  return whenReady(neighbourPage(data, parentId, walk, sort, args), (page) =>
    toConnection(page, (entry) => ({ node: toModel(entry.node) })),
  );
}

/** All neighbours of one parent over the given edges (for to-one fields and short fixed lists). */
export function neighbourList(
  data: DataAccess,
  parentId: string,
  direction: 'out' | 'in',
  types: readonly string[],
): Ready<NeighbourItem[]> {
  return whenReady(
    loadRow(data.loaders, neighbourListKey(parentId, direction, types)),
    (row) => (row?.items as NeighbourItem[] | undefined) ?? [],
  );
}

/** A page from a per-parent query of its own (e.g. article-actors-page), batched like the walks. */
export function parentPage<TEntry extends PageEntry>(
  data: DataAccess,
  query: string,
  parentId: string,
  sort: SortSpec,
  args: PageArgs,
): Ready<PageRow<TEntry>> {
  return whenReady(
    loadRow(data.loaders, parentPageKey(query, parentId, sort, args)),
    (row) => (row as PageRow<TEntry> | null) ?? (EMPTY_PAGE as unknown as PageRow<TEntry>),
  );
}

// The loader keys of the three per-parent reads. The prefetch planner builds
// the same keys for the fields a request selects, so what it primes is what
// the resolvers then load.

export function neighbourPageKey(parentId: string, walk: Walk, sort: SortSpec, args: PageArgs): ParentKey {
  const query = walk.direction === 'out' ? 'neighbour-page-out' : 'neighbour-page-in';
  return { query, parentId, params: pageReadParams(walk, sort, args) };
}

/**
 * One params object per walk, sort and page arguments. A page field asks
 * once per parent, with the same arguments for every parent (ten actors:
 * ten statement pages), and an object built once has its loader key
 * computed once (loaders.ts paramsKeyOf), not once per parent. The largest
 * page size allowed is part of the key, so arguments it would now refuse
 * are checked again (pageParams), never answered from before.
 */
function pageReadParams(walk: Walk, sort: SortSpec, args: PageArgs): Params {
  let byArgs = pageParamsByWalk.get(walk);
  if (!byArgs) {
    byArgs = new Map();
    pageParamsByWalk.set(walk, byArgs);
  }
  // JSON, so that no cursor a client sends can make two argument lists read alike.
  const key = JSON.stringify([
    sort.by,
    sort.desc,
    args.first ?? null,
    args.last ?? null,
    args.after ?? null,
    args.before ?? null,
    currentMaxPageSize(),
  ]);
  let params = byArgs.get(key);
  if (!params) {
    const relType = onlyType(walk.types);
    params = Object.freeze({
      types: [...walk.types],
      relType,
      ...modelFacts(relType, walk),
      label: walk.label,
      sort: sort.by,
      desc: sort.desc,
      ...pageParams(args),
    });
    // Oldest first out: a Map iterates in insertion order.
    if (byArgs.size >= 256) byArgs.delete(byArgs.keys().next().value!);
    byArgs.set(key, params);
  }
  return params;
}
/** Walks are constants of the model (declared-walks.ts) or made per request; the latter take their params with them. */
const pageParamsByWalk = new WeakMap<Walk, Map<string, Params>>();

/**
 * What the model guarantees about a walk over one relationship type
 * (src/model/edge-ends.ts), as the flags the neighbour page queries read:
 * labelImplied when every edge of the type ends at the walk's label,
 * oneEdgePerPair when its edges carry no key, bareEdges when they carry
 * nothing but the empty key.
 */
function modelFacts(
  relType: string | null,
  walk: Walk,
): { labelImplied: boolean; oneEdgePerPair: boolean; bareEdges: boolean } {
  if (relType === null || !isEdgeType(relType)) return { labelImplied: false, oneEdgePerPair: false, bareEdges: false };
  return {
    labelImplied: farLabelOf(relType, walk.direction) === walk.label,
    oneEdgePerPair: !KEYED_EDGE_TYPES.has(relType),
    bareEdges: edgesAreBare([relType]),
  };
}

export function neighbourListKey(parentId: string, direction: 'out' | 'in', types: readonly string[]): ParentKey {
  return {
    query: direction === 'out' ? 'neighbour-list-out' : 'neighbour-list-in',
    parentId,
    params: listParams(direction, types),
  };
}

/**
 * One params object per direction and list of edge types, so its loader key
 * is computed once. The lists come from the schema's enums, but a client may
 * send any list of them (`stances`), so only the first few hundred are kept.
 * Besides the types, the model's facts about them (edge-ends.ts): the one
 * label every far node has, if the types imply one (`label`), and whether
 * their edges hold nothing but the empty key (`bareEdges`); a projected
 * read (the prefetch's) then leaves those out of its rows.
 */
function listParams(direction: 'out' | 'in', types: readonly string[]): Params {
  // Found without joining the names where that is cheap: a one-type list by
  // its type (its name), the model's frozen lists (the four stances) by
  // identity. The resolvers call this once per parent, hundreds of times per request.
  const lists = listParamsByDirection[direction];
  const known = types.length === 1 ? undefined : lists.byFrozenArray.get(types);
  if (known) return known;
  const name = types.length === 1 ? types[0] : types.join(' ');
  let params = lists.byName.get(name);
  if (!params) {
    params = Object.freeze({
      types: Object.freeze([...types]),
      relType: onlyType(types),
      label: farLabelOfAll(types, direction),
      bareEdges: edgesAreBare(types),
    }) as Params;
    if (lists.byName.size < 256) lists.byName.set(name, params);
  }
  if (types.length > 1 && Object.isFrozen(types)) lists.byFrozenArray.set(types, params);
  return params;
}
const listParamsByDirection = {
  out: { byName: new Map<string, Params>(), byFrozenArray: new WeakMap<readonly string[], Params>() },
  in: { byName: new Map<string, Params>(), byFrozenArray: new WeakMap<readonly string[], Params>() },
};

/**
 * The type of a walk over one relationship type, else null: the neighbour
 * queries then match that type by name (src/cypher/neighbour-pattern.ts), which
 * reads a dense node's relationships of that type only.
 */
function onlyType(types: readonly string[]): string | null {
  return types.length === 1 ? types[0] : null;
}

export function parentPageKey(query: string, parentId: string, sort: SortSpec, args: PageArgs): ParentKey {
  return { query, parentId, params: { sort: sort.by, desc: sort.desc, ...pageParams(args) } };
}
