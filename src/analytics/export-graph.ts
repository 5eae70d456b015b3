import Graph, { DirectedGraph, MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { Executor, QueryObserver } from '../db/executor';
import type { CentralityResult } from './centrality';
import type { CommunityResult } from './communities';
import { AGREEMENT_RULES, INFLUENCE_RULES, Projections } from './projection';

/**
 * The one shape every exporter writes: a graphology graph whose nodes carry
 * `labels` (a list, as in Neo4j) and whose edges carry `type`, next to their
 * properties. The full graph and the projections are both turned into it.
 */
export interface ExportNode extends Attributes {
  labels: string[];
}
export interface ExportEdge extends Attributes {
  type: string;
}
export type ExportGraph = Graph<ExportNode, ExportEdge>;

/**
 * Columns written as doubles whatever their values: a weight of 3 is still a
 * weight, and readers should see one type for the whole column.
 */
export const DOUBLE_COLUMNS: ReadonlySet<string> = new Set([
  'weight',
  'pageRank',
  'betweenness',
  'weightedInDegree',
  'weightedOutDegree',
]);

export type ExportGraphName = 'FULL' | 'INFLUENCE' | 'AGREEMENT';

/** Relationship types the projections are written with (CSV, GraphML `label`). */
export const PROJECTION_EDGE_TYPES = { INFLUENCE: 'INFLUENCES', AGREEMENT: 'AGREES_WITH' } as const;

interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}
interface EdgeRow {
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}

/** The stored graph as read, before it is built: plain rows, so it can be handed to a worker thread. */
export interface FullGraphRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** Every :Entity node and every relationship between two of them, as stored. */
export async function readFullGraphRows(executor: Executor, observer?: QueryObserver): Promise<FullGraphRows> {
  const [nodes, edges] = await Promise.all([
    executor.read<NodeRow & Record<string, unknown>>('analytics-export-nodes', {}, observer),
    executor.read<EdgeRow & Record<string, unknown>>('analytics-export-edges', {}, observer),
  ]);
  return { nodes, edges };
}

/**
 * Every :Entity node and every relationship between two of them, as stored:
 * all labels and properties. A multigraph, since two nodes can be linked by
 * several relationships (a statement that TARGETS and MENTIONS one actor).
 */
export async function loadFullGraph(
  executor: Executor,
  observer?: QueryObserver,
): Promise<MultiDirectedGraph<ExportNode, ExportEdge>> {
  return buildFullGraph(await readFullGraphRows(executor, observer));
}

export function buildFullGraph({ nodes, edges }: FullGraphRows): MultiDirectedGraph<ExportNode, ExportEdge> {
  const graph = new MultiDirectedGraph<ExportNode, ExportEdge>();
  for (const node of nodes) {
    const { id: _id, ...props } = node.props;
    graph.addNode(node.id, { labels: [...node.labels].sort(), ...props });
  }
  const used = new Set<string>();
  for (const edge of edges) {
    // A readable, stable key; the seeder's `key` tells apart edges of one type between the same two nodes.
    const base = `${edge.from}-[${edge.type}${edge.props.key ? `:${String(edge.props.key)}` : ''}]->${edge.to}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}#${n}`;
    used.add(key);
    graph.addEdgeWithKey(key, edge.from, edge.to, { type: edge.type, ...edge.props });
  }
  return graph;
}

/**
 * A projection with its metrics on the nodes (so Gephi can size and colour
 * by them) and one counter per rule on the edges. Nodes are labelled Actor
 * (Side at SIDE level), edges INFLUENCES or AGREES_WITH.
 */
export function projectionExportGraph(
  projections: Projections,
  name: 'INFLUENCE' | 'AGREEMENT',
  centrality: CentralityResult,
  communities: CommunityResult,
): ExportGraph {
  const source = name === 'INFLUENCE' ? projections.influence : projections.agreement;
  const rules = name === 'INFLUENCE' ? INFLUENCE_RULES : AGREEMENT_RULES;
  const metrics = new Map(centrality.actors.map((row) => [row.actor.id, row]));
  const community = new Map(communities.membership.map((row) => [row.actor.id, row.community]));
  const communityLabel = new Map(communities.communities.map((c) => [c.id, c.label]));
  const graph: ExportGraph =
    name === 'INFLUENCE' ? new DirectedGraph<ExportNode, ExportEdge>() : new UndirectedGraph<ExportNode, ExportEdge>();
  const label = projections.level === 'SIDE' ? 'Side' : 'Actor';
  source.forEachNode((node, attributes) => {
    const m = metrics.get(node);
    graph.addNode(node, {
      labels: [label],
      name: attributes.name,
      kind: attributes.kind,
      country: attributes.country,
      members: attributes.members,
      inDegree: m?.inDegree ?? 0,
      outDegree: m?.outDegree ?? 0,
      weightedInDegree: m?.weightedInDegree ?? 0,
      weightedOutDegree: m?.weightedOutDegree ?? 0,
      pageRank: m?.pageRank ?? 0,
      betweenness: m?.betweenness ?? 0,
      community: community.get(node) ?? -1,
      communityLabel: communityLabel.get(community.get(node) ?? -1) ?? null,
    });
  });
  source.forEachEdge((_edge, attributes, from, to) => {
    const counts = Object.fromEntries(rules.map((rule) => [rule.name, attributes.counts[rule.name] ?? 0]));
    graph.addEdgeWithKey(`${from}-[${PROJECTION_EDGE_TYPES[name]}]-${to}`, from, to, {
      type: PROJECTION_EDGE_TYPES[name],
      weight: attributes.weight,
      ...counts,
      evidence: attributes.evidence,
    });
  });
  return graph;
}
