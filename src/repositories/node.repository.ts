import { NotFoundError } from '../errors/api-errors';
import type { NodeLabel } from '../model/node.interface';
import type { DataAccess } from './data-access';
import { loadNode } from './loaders';
import { whenReady } from './ready';
import type { Ready } from './ready';
import type { AnyNode, Props } from './node-mapper';
import type { NeighbourItem } from './neighbour.repository';
import { neighbourList } from './neighbour.repository';

export type NodeOf<L extends NodeLabel> = Extract<AnyNode, { label: L }>;

/** Any node by id, or null: node(id) follows the Relay convention of null for an unknown id. */
export function findNode(data: DataAccess, id: string): Ready<AnyNode | null> {
  return loadNode(data.loaders, id);
}

/** A node of one label by id; NOT_FOUND when there is none with that id and label. */
export function requireNode<L extends NodeLabel>(data: DataAccess, id: string, label: L): Ready<NodeOf<L>> {
  return whenReady(findNode(data, id), (node) => {
    if (!node || node.label !== label) throw new NotFoundError(`No ${label} with id "${id}"`);
    return node as NodeOf<L>;
  });
}

/** A node of one label by an optional id (provenance ids may be null); null when absent. */
export function optionalNode<L extends NodeLabel>(
  data: DataAccess,
  id: string | null | undefined,
  label: L,
): Ready<NodeOf<L> | null> {
  if (!id) return null;
  return whenReady(findNode(data, id), (node) => (node && node.label === label ? (node as NodeOf<L>) : null));
}

/** The first neighbour over the given edges as a model instance (for to-one fields), or null. */
export function neighbourOne<T>(
  data: DataAccess,
  parentId: string,
  direction: 'out' | 'in',
  types: readonly string[],
  toModel: (props: Props) => T,
): Ready<T | null> {
  return whenReady(neighbourList(data, parentId, direction, types), ([first]) => (first ? toModel(first.node) : null));
}

/** All neighbours over the given edges as model instances. */
export function neighbourModels<T>(
  data: DataAccess,
  parentId: string,
  direction: 'out' | 'in',
  types: readonly string[],
  toModel: (item: NeighbourItem) => T | null,
): Ready<T[]> {
  return whenReady(neighbourList(data, parentId, direction, types), (items) =>
    items.map(toModel).filter((model): model is T => model !== null),
  );
}
