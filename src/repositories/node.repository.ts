import { NotFoundError } from '../errors/api-errors';
import type { NodeLabel } from '../model/node.interface';
import type { DataAccess } from './data-access';
import type { AnyNode, Props } from './node-mapper';
import type { NeighbourItem } from './neighbour.repository';
import { neighbourList } from './neighbour.repository';

export type NodeOf<L extends NodeLabel> = Extract<AnyNode, { label: L }>;

/** Any node by id, or null: node(id) follows the Relay convention of null for an unknown id. */
export function findNode(data: DataAccess, id: string): Promise<AnyNode | null> {
  return data.loaders.node.load(id);
}

/** A node of one label by id; NOT_FOUND when there is none with that id and label. */
export async function requireNode<L extends NodeLabel>(data: DataAccess, id: string, label: L): Promise<NodeOf<L>> {
  const node = await findNode(data, id);
  if (!node || node.label !== label) throw new NotFoundError(`No ${label} with id "${id}"`);
  return node as NodeOf<L>;
}

/** A node of one label by an optional id (provenance ids may be null); null when absent. */
export async function optionalNode<L extends NodeLabel>(data: DataAccess, id: string | null | undefined, label: L): Promise<NodeOf<L> | null> {
  if (!id) return null;
  const node = await findNode(data, id);
  return node && node.label === label ? (node as NodeOf<L>) : null;
}

/** The first neighbour over the given edges as a model instance (for to-one fields), or null. */
export async function neighbourOne<T>(
  data: DataAccess,
  parentId: string,
  direction: 'out' | 'in',
  types: readonly string[],
  toModel: (props: Props) => T,
): Promise<T | null> {
  const [first] = await neighbourList(data, parentId, direction, types);
  return first ? toModel(first.node) : null;
}

/** All neighbours over the given edges as model instances. */
export async function neighbourModels<T>(
  data: DataAccess,
  parentId: string,
  direction: 'out' | 'in',
  types: readonly string[],
  toModel: (item: NeighbourItem) => T | null,
): Promise<T[]> {
  const items = await neighbourList(data, parentId, direction, types);
  return items.map(toModel).filter((model): model is T => model !== null);
}
