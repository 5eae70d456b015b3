import { BadUserInputError, NotFoundError } from '../errors/api-errors';
import type { EdgeType } from '../model/edge-type.enum';
import type { PathArgs } from '../model/path.args';
import { MAX_PATH_HOPS } from '../model/path.args';
import type { GraphPath, PathStep } from '../model/path.type';
import type { DataAccess } from './data-access';
import { findNode } from './node.repository';
import { fuzzyDate, toNode } from './node-mapper';
import type { AnyNode, Props } from './node-mapper';

interface PathRow {
  nodes: { labels: string[]; node: Props }[];
  edges: { type: string; from: string; to: string; edge: Props }[];
}

/**
 * The shortest path between two nodes, or null when none is at most maxHops
 * long. Unknown end points are NOT_FOUND, so "no path" never hides a typo.
 */
export async function findPath(data: DataAccess, args: PathArgs): Promise<GraphPath | null> {
  if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_PATH_HOPS) {
    throw new BadUserInputError(`maxHops must be between 1 and ${MAX_PATH_HOPS}, got ${args.maxHops}`, {
      argument: 'maxHops',
    });
  }
  const [from, to] = await Promise.all([findNode(data, args.from), findNode(data, args.to)]);
  if (!from) throw new NotFoundError(`No node with id "${args.from}"`);
  if (!to) throw new NotFoundError(`No node with id "${args.to}"`);
  if (from.id === to.id) return { length: 0, nodes: [from], steps: [] };

  const [row] = await data.runner.read<PathRow & Record<string, unknown>>('shortest-path', {
    from: args.from,
    to: args.to,
    // The query's bound is in its text, one variant per value (src/cypher/shortest-path-query.ts).
    hops: String(args.maxHops),
    types: args.edgeTypes && args.edgeTypes.length > 0 ? args.edgeTypes : null,
  });
  if (!row) return null;
  // Nodes outside the model (none in a seeded graph) would break the walk; a path through one is no answer.
  const nodes = row.nodes.map((entry) => toNode(entry.labels, entry.node));
  if (nodes.some((node) => node === null)) return null;
  const byId = new Map((nodes as AnyNode[]).map((node) => [node.id, node]));
  const steps = row.edges.map((edge, index): PathStep => ({
    type: edge.type as EdgeType,
    from: byId.get(edge.from)!,
    to: byId.get(edge.to)!,
    forward: (nodes[index] as AnyNode).id === edge.from,
    role: edge.edge.role == null ? null : String(edge.edge.role),
    since: fuzzyDate(edge.edge, 'since'),
    articleId: edge.edge.article == null ? null : String(edge.edge.article),
    statementId: edge.edge.statement == null ? null : String(edge.edge.statement),
  }));
  return { length: steps.length, nodes: nodes as AnyNode[], steps };
}
