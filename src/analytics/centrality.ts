import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedInDegree, weightedOutDegree } from 'graphology-metrics/node/weighted-degree';
import { actorRef, ActorRef } from './refs';
import { describeProjection, InfluenceGraph, ProjectionInfo } from './projection';
import type { Level } from './sides';

/**
 * PageRank settings: the usual damping 0.85; graphology stops, like
 * networkx, when the L1 change falls below N × tolerance, and a tolerance
 * far below what anyone reads keeps the two within ~1e-8 of each other.
 * Edge weights count: a heavier A→B edge passes more of A's rank to B.
 */
export const PAGERANK_SETTINGS = { alpha: 0.85, tolerance: 1e-9, maxIterations: 1000 } as const;

export const CENTRALITY_METHOD =
  `Degrees count distinct neighbours (in: actors pointing at this one; out: actors it points at); weighted degrees ` +
  `sum edge weights. PageRank: graphology-metrics, weighted by edge weight, damping ${PAGERANK_SETTINGS.alpha}, ` +
  `dangling rank spread uniformly. Betweenness: graphology-metrics (Brandes) on directed shortest paths counted ` +
  `in hops, weights ignored because they measure strength, not distance; normalised by 1/((n-1)(n-2)).`;

export interface ActorCentrality {
  actor: ActorRef;
  /** The actors this node stands for: itself at ACTOR level, everyone folded into it at SIDE level. */
  members: string[];
  inDegree: number;
  outDegree: number;
  weightedInDegree: number;
  weightedOutDegree: number;
  pageRank: number;
  betweenness: number;
}

export interface CentralityResult {
  projection: ProjectionInfo;
  method: string;
  /** Sorted by PageRank, highest first (ties by id). */
  actors: ActorCentrality[];
}

export function computeCentrality(graph: InfluenceGraph, level: Level): CentralityResult {
  // PageRank on a graph without nodes has nothing to rank (and graphology divides by the order).
  const ranks = graph.order > 0 ? pagerank(graph, { getEdgeWeight: 'weight', ...PAGERANK_SETTINGS }) : {};
  // Nor has betweenness (graphology's Brandes sizes its stack by the order, and refuses 0): an article
  // whose statements make no influence edges is a valid scope with nothing in it.
  const betweenness = graph.order > 0 ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
  const actors = graph.mapNodes((node, attributes) => ({
    actor: actorRef(node, attributes),
    members: attributes.members,
    inDegree: graph.inDegree(node),
    outDegree: graph.outDegree(node),
    weightedInDegree: weightedInDegree(graph, node, 'weight'),
    weightedOutDegree: weightedOutDegree(graph, node, 'weight'),
    pageRank: ranks[node] ?? 0,
    betweenness: betweenness[node] ?? 0,
  }));
  actors.sort((a, b) => b.pageRank - a.pageRank || a.actor.id.localeCompare(b.actor.id));
  return { projection: describeProjection(graph, 'influence', level), method: CENTRALITY_METHOD, actors };
}
