import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { AgreementGraph, describeProjection, ProjectionInfo } from './projection';
import { actorRef, ActorRef } from './refs';
import type { Level } from './sides';

export const COMMUNITY_METHOD =
  'Louvain (graphology-communities-louvain) on the agreement projection, edge weights counted, resolution 1, ' +
  'nodes visited in id order (no random walk) so every run finds the same partition. Modularity is recomputed ' +
  'with graphology-metrics on the final partition. Communities are numbered by size, largest first; each is ' +
  'named after its member with the largest weighted degree.';

export interface Community {
  id: number;
  label: string;
  size: number;
  members: ActorRef[];
}

export interface CommunityResult {
  projection: ProjectionInfo;
  method: string;
  modularity: number;
  communities: Community[];
  /** Community id per actor, in actor id order. */
  membership: { actor: ActorRef; community: number }[];
}

export function computeCommunities(graph: AgreementGraph, level: Level): CommunityResult {
  const raw: Record<string, number> =
    graph.size > 0
      ? louvain(graph, { getEdgeWeight: 'weight', resolution: 1, randomWalk: false })
      : // Louvain has nothing to merge without edges: every actor is alone.
        Object.fromEntries(graph.nodes().map((node, index) => [node, index]));

  const strength = (node: string) => weightedDegree(graph, node, 'weight');
  const groups = new Map<number, string[]>();
  for (const node of graph.nodes()) groups.set(raw[node], [...(groups.get(raw[node]) ?? []), node]);
  const ordered = [...groups.values()]
    .map((members) => members.sort((a, b) => strength(b) - strength(a) || a.localeCompare(b)))
    .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));

  const community = new Map<string, number>();
  ordered.forEach((members, index) => members.forEach((member) => community.set(member, index)));
  const score =
    graph.size > 0
      ? modularity(graph, { getNodeCommunity: (node) => community.get(node)!, getEdgeWeight: 'weight' })
      : 0;

  const ref = (node: string) => actorRef(node, graph.getNodeAttributes(node));
  return {
    projection: describeProjection(graph, 'agreement', level),
    method: COMMUNITY_METHOD,
    modularity: score,
    communities: ordered.map((members, index) => ({
      id: index,
      label: graph.getNodeAttribute(members[0], 'name'),
      size: members.length,
      members: members.map(ref),
    })),
    membership: [...graph.nodes()].sort().map((node) => ({ actor: ref(node), community: community.get(node)! })),
  };
}
