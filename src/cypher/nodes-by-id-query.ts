// Nodes by global id, for node(id), actor(id), ... and provenance fields:
// one round trip for all the ids asked for together. Projected ($fields),
// each node is one list: its id, then the values of the properties $fields
// lists for its label. With handOn, also the node itself (handedOn, a list
// of one, as a page's nodes are a list), for a composed query's next step.
import Cypher from '@neo4j/cypher-builder';
import type { BuiltClause } from './built-clause';
import { fieldsOfOwnLabel, projectedNode } from './node-projection';
import type { InputOf } from './query-input';

export interface NodesByIdOptions {
  readonly projected: boolean;
  readonly handOn: boolean;
}

const id = new Cypher.NamedVariable('id');
const n = new Cypher.NamedNode('n');

export function nodesByIdQuery(options: NodesByIdOptions, input: InputOf): BuiltClause {
  const node = options.projected ? projectedNode(n, fieldsOfOwnLabel(n, input)) : Cypher.properties(n);
  const returned = new Cypher.Return(
    id,
    [Cypher.labels(n), new Cypher.NamedVariable('labels')],
    [node, new Cypher.NamedVariable('node')],
  );
  if (options.handOn) returned.addColumns([new Cypher.List([n]), new Cypher.NamedVariable('handedOn')]);
  return {
    clause: Cypher.utils.concat(
      new Cypher.Unwind([input('ids'), id]),
      new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { id } })),
      returned,
    ),
    columns: ['id', 'labels', 'node', ...(options.handOn ? ['handedOn'] : [])],
  };
}
