// The shortest connection between two nodes over edges of any type (or of
// $types), walked in either direction, at most `hops` (1-6) long.
// Variable-length bounds cannot be parameters, so the bound is written into
// the pattern: one text, and one cached plan, per bound. The bound is in the
// pattern and the only predicate looks at each relationship alone, so Neo4j
// applies both during its breadth-first search and plans no fallback: a
// filter on the whole path (such as length(p) <= $maxHops) would make it
// search every path exhaustively when the shortest one fails the filter,
// which on a dense graph runs for seconds before answering "no path".
import Cypher from '@neo4j/cypher-builder';
import type { BuiltClause } from './built-clause';
import type { InputOf } from './query-input';

/** The bounds a path may have; the API refuses others before it reads (src/repositories/path.repository.ts). */
export const PATH_HOPS = [1, 2, 3, 4, 5, 6] as const;

export interface ShortestPathOptions {
  /** The bound, one of PATH_HOPS (the largest for any other value). */
  readonly hops: number;
  /** Only edges of $types. */
  readonly typed: boolean;
}

export function shortestPathQuery(options: ShortestPathOptions, input: InputOf): BuiltClause {
  const a = new Cypher.NamedNode('a');
  const b = new Cypher.NamedNode('b');
  const p = new Cypher.NamedPathVariable('p');
  const node = new Cypher.NamedNode('n');
  const edge = new Cypher.NamedRelationship('r');
  const entity = (variable: Cypher.Node, id: string) =>
    new Cypher.Pattern(variable, { labels: ['Entity'], properties: { id: input(id) } });
  const walk = new Cypher.Pattern(a).related({ direction: 'undirected', length: { max: options.hops } }).to(b);
  // The builder writes the SHORTEST k syntax, another algorithm with other
  // plans; shortestPath() is the one clause it cannot write.
  const shortest = new Cypher.Raw((context) => `MATCH ${context.compile(p)} = shortestPath(${context.compile(walk)})`);
  const relationships = Cypher.relationships(p);
  const filtered = options.typed
    ? Cypher.utils.concat(
        shortest,
        new Cypher.Raw(
          (context) =>
            `WHERE ${context.compile(Cypher.all(edge, relationships, Cypher.in(Cypher.type(edge), input('types'))))}`,
        ),
      )
    : shortest;
  const nodes = new Cypher.ListComprehension(node)
    .in(Cypher.nodes(p))
    .map(new Cypher.Map({ labels: Cypher.labels(node), node: Cypher.properties(node) }));
  const edges = new Cypher.ListComprehension(edge).in(relationships).map(
    new Cypher.Map({
      type: Cypher.type(edge),
      from: idOf(Cypher.startNode(edge)),
      to: idOf(Cypher.endNode(edge)),
      edge: Cypher.properties(edge),
    }),
  );
  return {
    clause: Cypher.utils.concat(
      new Cypher.Match(entity(a, 'from'), entity(b, 'to')),
      filtered,
      new Cypher.Return([nodes, new Cypher.NamedVariable('nodes')], [edges, new Cypher.NamedVariable('edges')]),
    ),
    columns: ['nodes', 'edges'],
  };
}

/** `<node>.id` of a node an expression gives: the builder reads properties of variables only. */
function idOf(node: Cypher.Expr): Cypher.Expr {
  return new Cypher.Raw((context) => `${context.compile(node)}.id`);
}
