// Relation claims as connection edges that carry their provenance.
import type { ConnectionShape } from '../model/connection';
import type { PageArgs } from '../model/page.args';
import type { RelatedActorEdge, RelatedTerritoryEdge, RelationFacts } from '../model/relation-edges.type';
import type { RelationType } from '../model/relation-type.enum';
import type { DataAccess } from './data-access';
import type { NeighbourEntry, Walk } from './neighbour.repository';
import { neighbourPage } from './neighbour.repository';
import { whenReady } from './ready';
import type { Ready } from './ready';
import { fuzzyDate, toActor, toTerritory } from './node-mapper';
import { toConnection } from './paging';

/** Relation edges list their far ends by name. */
export const BY_NAME = { by: 'NAME', desc: false };

export const relatedActorsWalk = (direction: 'out' | 'in', types: readonly string[]): Walk => ({
  direction,
  types,
  label: 'Actor',
});
export const relatedTerritoriesWalk = (types: readonly string[]): Walk => ({
  direction: 'out',
  types,
  label: 'Territory',
});

function facts(entry: NeighbourEntry): Omit<RelationFacts, 'cursor'> {
  const edge = entry.edge;
  return {
    type: entry.edgeType as RelationType,
    role: edge.role == null ? null : String(edge.role),
    since: fuzzyDate(edge, 'since'),
    articleId: edge.article == null ? null : String(edge.article),
    statementId: edge.statement == null ? null : String(edge.statement),
  };
}

/** Actors at the other end of relation edges (out: this actor's relations; in: relations to it). */
export async function relatedActors(
  data: DataAccess,
  parentId: string,
  direction: 'out' | 'in',
  types: readonly string[],
  args: PageArgs,
): Promise<ConnectionShape<RelatedActorEdge, RelatedActorEdge['node']>> {
  const page = await neighbourPage(data, parentId, relatedActorsWalk(direction, types), BY_NAME, args);
  return toConnection(page, (entry) => ({ ...facts(entry), node: toActor(entry.node) }) as RelatedActorEdge);
}

/** Territories an actor claims, controls or annexed. */
export async function relatedTerritories(
  data: DataAccess,
  actorId: string,
  types: readonly string[],
  args: PageArgs,
): Promise<ConnectionShape<RelatedTerritoryEdge, RelatedTerritoryEdge['node']>> {
  const page = await neighbourPage(data, actorId, relatedTerritoriesWalk(types), BY_NAME, args);
  return toConnection(page, (entry) => ({ ...facts(entry), node: toTerritory(entry.node) }) as RelatedTerritoryEdge);
}

/**
 * Relation edges over one walk (a declared walk field of shape
 * relationPage), to actors or territories as the walk's far label says,
 * each with its provenance; sorted by name.
 */
export function relationConnection(
  data: DataAccess,
  parentId: string,
  walk: Walk,
  args: PageArgs,
): Ready<
  ConnectionShape<RelatedActorEdge | RelatedTerritoryEdge, RelatedActorEdge['node'] | RelatedTerritoryEdge['node']>
> {
  const toFarNode = walk.label === 'Territory' ? toTerritory : toActor;
  return whenReady(neighbourPage(data, parentId, walk, BY_NAME, args), (page) =>
    toConnection(page, (entry) => ({ ...facts(entry), node: toFarNode(entry.node) }) as RelatedActorEdge),
  );
}
