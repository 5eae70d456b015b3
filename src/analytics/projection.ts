import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { Snapshot } from './snapshot';
import { actorMapper, authorOf, Level, resolveSides, Sides } from './sides';

/**
 * The two actor-to-actor projections the metrics run on. The graph in Neo4j
 * links actors through statements and demands; these fold those paths into
 * weighted actor→actor edges, one rule per kind of path. The rules below are
 * the documentation: the API and docs/analytics.md print them verbatim.
 *
 * Both projections share one node set: every actor that a statement, demand
 * or relation in scope involves (speaker, actor spoken for, target, demand
 * owner or addressee, end of an actor-to-actor relation). At SIDE level
 * every actor is replaced by its side (see sides.ts) and edges that fall
 * inside one side are dropped, as are self-loops at ACTOR level.
 */

export type ProjectionName = 'influence' | 'agreement';

export interface EdgeRule {
  /** Name of the counter this rule adds to on the projected edge. */
  name: string;
  /** The Cypher path that makes one unit of weight. A is the author, B the other end. */
  pattern: string;
  weight: string;
}

export interface ProjectionInfo {
  name: ProjectionName;
  level: Level;
  directed: boolean;
  description: string;
  rules: EdgeRule[];
  nodeCount: number;
  edgeCount: number;
  totalWeight: number;
}

export const INFLUENCE_RULES: EdgeRule[] = [
  { name: 'targets', pattern: '(A)-[:MADE]->(s:Statement)-[:TARGETS]->(B)', weight: '+1 per statement' },
  {
    name: 'demands',
    pattern: '(A)-[:MADE]->(s:Statement)-[:SETS|REPEATS]->(d:Demand)-[:ADDRESSED_TO]->(B)',
    weight: '+1 per statement, demand and addressee',
  },
  {
    name: 'accepts',
    pattern: '(A)-[:MADE]->(s:Statement)-[:ACCEPTS]->(d:Demand)-[:OWNED_BY]->(B)',
    weight: '+1 per statement and demand',
  },
  {
    name: 'rejects',
    pattern: '(A)-[:MADE]->(s:Statement)-[:REJECTS]->(d:Demand)-[:OWNED_BY]->(B)',
    weight: '+1 per statement and demand',
  },
];

export const AGREEMENT_RULES: EdgeRule[] = [
  {
    name: 'supports',
    pattern: '(A)-[:MADE]->(s:Statement)-[:SETS|REPEATS|ACCEPTS]->(d:Demand)-[:OWNED_BY]->(B)',
    weight: '+1 per statement and demand (A voices or accepts a demand B owns)',
  },
  {
    name: 'relations',
    pattern: '(A)-[:SPEAKS_FOR|MEMBER_OF|LEADS|PART_OF]->(B)',
    weight: '+1 per relation edge (one per article reporting it)',
  },
  {
    name: 'speaksFor',
    pattern: '(A)-[:MADE]->(:Statement)-[:ON_BEHALF_OF]->(B)',
    weight: '+1 per distinct pair (A, B)',
  },
];

export const INFLUENCE_DESCRIPTION =
  "Directed, weighted actor→actor graph of who addresses whom: A→B gains weight when A's statement targets B, " +
  'when A sets or repeats a demand addressed to B, and when A accepts or rejects a demand B owns. ' +
  "A is the statement's speaker (ACTOR level) or the side it speaks for (SIDE level). Self-loops are dropped.";

export const AGREEMENT_DESCRIPTION =
  'Undirected, weighted actor–actor graph of who sides with whom: A–B gains weight when A sets, repeats or ' +
  'accepts a demand B owns, for each SPEAKS_FOR, MEMBER_OF, LEADS or PART_OF relation between them, and once ' +
  'when A speaks on behalf of B. Rejections never add weight (Louvain needs non-negative weights). Self-loops are dropped.';

export interface ActorNodeAttributes {
  name: string;
  kind: string;
  country: string | null;
  /** At SIDE level, the actors folded into this node; at ACTOR level, the actor itself. */
  members: string[];
  [key: string]: unknown;
}

export interface ProjectedEdgeAttributes {
  weight: number;
  /** One counter per rule name. */
  counts: Record<string, number>;
  /** What the weight rests on, sorted: statement ids, and `TYPE:article` for relations. */
  evidence: string[];
  [key: string]: unknown;
}

export type InfluenceGraph = DirectedGraph<ActorNodeAttributes, ProjectedEdgeAttributes>;
export type AgreementGraph = UndirectedGraph<ActorNodeAttributes, ProjectedEdgeAttributes>;

export interface Projections {
  level: Level;
  sides: Sides;
  influence: InfluenceGraph;
  agreement: AgreementGraph;
}

export function buildProjections(snapshot: Snapshot, level: Level = 'ACTOR'): Projections {
  const sides = resolveSides(snapshot);
  const map = actorMapper(level, sides);
  const influence: InfluenceGraph = new DirectedGraph();
  const agreement: AgreementGraph = new UndirectedGraph();

  // Nodes first, in id order, so every run builds the same graphs (and Louvain, which
  // visits nodes in insertion order, finds the same communities).
  for (const id of [...involvedActors(snapshot)].map(map).sort()) {
    if (influence.hasNode(id)) continue;
    const actor = snapshot.actors.get(id);
    const attributes: ActorNodeAttributes = {
      name: actor?.name ?? id,
      kind: actor?.kind ?? 'UNKNOWN',
      country: actor?.country ?? null,
      members: level === 'SIDE' ? sides.membersOf(id).filter((member) => snapshot.actors.has(member)) : [id],
    };
    influence.addNode(id, { ...attributes });
    agreement.addNode(id, { ...attributes, members: [...attributes.members] });
  }

  for (const statement of snapshot.statements) {
    const author = authorOf(statement, level, sides);
    for (const target of statement.targets) add(influence, author, map(target), 'targets', statement.id);
    for (const { demand: demandId, stance } of statement.stances) {
      const demand = snapshot.demands.get(demandId);
      if (!demand) continue;
      const owner = map(demand.owner);
      if (stance === 'SETS' || stance === 'REPEATS') {
        for (const addressee of demand.addressedTo) add(influence, author, map(addressee), 'demands', statement.id);
      } else {
        add(influence, author, owner, stance === 'ACCEPTS' ? 'accepts' : 'rejects', statement.id);
      }
      if (stance !== 'REJECTS') add(agreement, author, owner, 'supports', statement.id);
    }
  }

  for (const relation of snapshot.actorRelations) {
    add(agreement, map(relation.from), map(relation.to), 'relations', `${relation.type}:${relation.article ?? ''}`);
  }
  const behalf = new Set<string>();
  for (const statement of snapshot.statements) {
    if (!statement.onBehalfOf) continue;
    const pair = `${statement.speaker}|${statement.onBehalfOf}`;
    if (behalf.has(pair)) continue;
    behalf.add(pair);
    add(agreement, map(statement.speaker), map(statement.onBehalfOf), 'speaksFor', statement.id);
  }

  return { level, sides, influence, agreement };
}

/** The actors a statement, demand or actor-to-actor relation in scope involves. */
export function involvedActors(snapshot: Snapshot): Set<string> {
  const ids = new Set<string>();
  for (const statement of snapshot.statements) {
    ids.add(statement.speaker);
    if (statement.onBehalfOf) ids.add(statement.onBehalfOf);
    statement.targets.forEach((target) => ids.add(target));
  }
  for (const demand of snapshot.demands.values()) {
    ids.add(demand.owner);
    demand.addressedTo.forEach((addressee) => ids.add(addressee));
  }
  for (const relation of snapshot.actorRelations) {
    ids.add(relation.from);
    ids.add(relation.to);
  }
  return ids;
}

/** Adds one unit of weight on from→to (from–to when undirected), under counter `rule`. */
function add(graph: InfluenceGraph | AgreementGraph, from: string, to: string, rule: string, evidence: string): void {
  if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return;
  const edge = graph.edge(from, to) ?? graph.addEdge(from, to, { weight: 0, counts: {}, evidence: [] });
  graph.updateEdgeAttributes(edge, (attributes) => {
    const known = attributes.evidence.includes(evidence);
    return {
      ...attributes,
      weight: attributes.weight + 1,
      counts: { ...attributes.counts, [rule]: (attributes.counts[rule] ?? 0) + 1 },
      evidence: known ? attributes.evidence : [...attributes.evidence, evidence].sort(),
    };
  });
}

export function describeProjection(
  graph: InfluenceGraph | AgreementGraph,
  name: ProjectionName,
  level: Level,
): ProjectionInfo {
  let totalWeight = 0;
  graph.forEachEdge((_edge, attributes) => {
    totalWeight += attributes.weight;
  });
  return {
    name,
    level,
    directed: graph.type === 'directed',
    description: name === 'influence' ? INFLUENCE_DESCRIPTION : AGREEMENT_DESCRIPTION,
    rules: name === 'influence' ? INFLUENCE_RULES : AGREEMENT_RULES,
    nodeCount: graph.order,
    edgeCount: graph.size,
    totalWeight,
  };
}
