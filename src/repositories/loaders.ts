// Per-request DataLoaders: every field that needs data for "its" node asks a
// loader, and the loader sends one query for all the nodes asked for in the
// same tick (UNWIND $ids). So a request costs a number of round trips that
// depends on the shape of the query, never on the number of results.
import DataLoader from 'dataloader';
import type { Params, Row } from '../db/executor';
import type { AnyNode, Props } from './node-mapper';
import { toNode } from './node-mapper';
import type { QueryRunner } from './query-runner';
import type { Ready } from './ready';
import { stableKey } from './stable-key';

/** One parent's share of a batched query: `query` runs once for all parents with equal `params`. */
export interface ParentKey {
  query: string;
  parentId: string;
  params: Params;
}

export interface Loaders {
  /** Any node by global id; null when there is none (or it is not one of the model's labels). */
  node: DataLoader<string, AnyNode | null>;
  /** The row a per-parent query returned for one parent; null when it returned none. */
  byParent: DataLoader<ParentKey, Row | null>;
  /** What the prefetch read for this request, answered without waiting (loadNode, loadRow). */
  primed: { nodes: Map<string, AnyNode | null>; rows: PrimedRows };
}

export function createLoaders(runner: QueryRunner): Loaders {
  return {
    node: new DataLoader(async (ids: readonly string[]) => {
      const rows = await runner.read<NodeRow>('nodes-by-id', { ids: [...ids] });
      const found = new Map(rows.map((row) => [row.id, nodeFromRow(row)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byParent: new DataLoader(batchByParent(runner), { cacheKeyFn: parentKeyString }),
    primed: { nodes: new Map(), rows: new Map() },
  };
}

/** A node by id: now if the prefetch read it, else through the batching loader. */
export function loadNode(loaders: Loaders, id: string): Ready<AnyNode | null> {
  const nodes = loaders.primed.nodes;
  return nodes.has(id) ? nodes.get(id)! : loaders.node.load(id);
}

/**
 * Per-parent rows the prefetch read, by the params' stable key, the query
 * and the parent id: strings made once per request (a params object's key
 * is cached), so a look-up builds no key of its own.
 */
type PrimedRows = Map<string, Map<string, Map<string, Row | null>>>;

/** A per-parent row: now if the prefetch read it, else through the batching loader. */
export function loadRow(loaders: Loaders, key: ParentKey): Ready<Row | null> {
  const primed = loaders.primed.rows.size
    ? loaders.primed.rows.get(paramsKeyOf(key.params))?.get(key.query)
    : undefined;
  if (primed?.has(key.parentId)) return primed.get(key.parentId)!;
  return loaders.byParent.load(key);
}

/** Hands a node read ahead to the request; the first answer for an id stands, as with DataLoader.prime. */
export function primeNode(loaders: Loaders, id: string, node: AnyNode | null): void {
  if (!loaders.primed.nodes.has(id)) loaders.primed.nodes.set(id, node);
}

/** Hands a per-parent row read ahead to the request (null: the parent has none); the first answer stands. */
export function primeRow(loaders: Loaders, key: ParentKey, row: Row | null): void {
  const byQuery = getOrAdd(
    loaders.primed.rows,
    paramsKeyOf(key.params),
    () => new Map<string, Map<string, Row | null>>(),
  );
  const byParent = getOrAdd(byQuery, key.query, () => new Map<string, Row | null>());
  if (!byParent.has(key.parentId)) byParent.set(key.parentId, row);
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** After a write: the node is read again, not answered from what was read before. */
export function forgetNode(loaders: Loaders, id: string): void {
  loaders.primed.nodes.delete(id);
  loaders.node.clear(id);
}

/** The loader's cache key of a per-parent read. */
export function parentKeyString(key: ParentKey): string {
  return `${key.query}\u0000${key.parentId}\u0000${paramsKeyOf(key.params)}`;
}

/**
 * The stable key of a params object, computed once per object: the prefetch
 * primes every parent of a step with one params object, and list reads
 * share theirs (neighbourListKey). Params objects are never changed once
 * built (a key is a value), so a key computed once stays right.
 */
function paramsKeyOf(params: Params): string {
  let key = paramsKeys.get(params);
  if (key === undefined) {
    key = stableKey(params);
    paramsKeys.set(params, key);
  }
  return key;
}
const paramsKeys = new WeakMap<Params, string>();

/** A row of nodes-by-id. */
type NodeRow = { id: string; labels: string[]; node: Props };

/** The model node of a nodes-by-id row. */
export function nodeFromRow(row: Record<string, unknown>): AnyNode | null {
  const { labels, node } = row as unknown as NodeRow;
  return toNode(labels, node);
}

/** Groups keys by query and parameters; each group is one round trip with all its parent ids. */
function batchByParent(runner: QueryRunner) {
  return async (keys: readonly ParentKey[]): Promise<(Row | null)[]> => {
    const groups = new Map<string, { query: string; params: Params; ids: Set<string> }>();
    for (const key of keys) {
      const groupKey = stableKey([key.query, key.params]);
      const group = groups.get(groupKey) ?? { query: key.query, params: key.params, ids: new Set<string>() };
      group.ids.add(key.parentId);
      groups.set(groupKey, group);
    }
    const results = new Map<string, Map<string, Row>>();
    await Promise.all(
      [...groups].map(async ([groupKey, group]) => {
        const rows = await runner.read(group.query, { ...group.params, ids: [...group.ids] });
        results.set(groupKey, new Map(rows.map((row) => [String(row.parentId), row])));
      }),
    );
    return keys.map((key) => results.get(stableKey([key.query, key.params]))?.get(key.parentId) ?? null);
  };
}
