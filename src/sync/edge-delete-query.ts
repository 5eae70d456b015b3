// The Cypher that deletes edges of one type, rows of {from, to, key}: the
// edges a change takes away (an edited statement's old target, a retracted
// relation). Built per type of the model, as the writes are
// (src/cypher/edge-write-queries.ts): a type is never a parameter nor input.
import Cypher from '@neo4j/cypher-builder';
import { edgeTypes } from '../domain';
import type { EdgeType } from '../domain';

const texts = new Map<EdgeType, string>();

export function edgeDeleteOfType(type: EdgeType): string {
  let text = texts.get(type);
  if (text === undefined) {
    if (!edgeTypes().includes(type)) throw new Error(`Not a relationship type of the model: ${String(type)}`);
    const row = new Cypher.NamedVariable('row');
    const from = new Cypher.NamedNode('from');
    const to = new Cypher.NamedNode('to');
    const edge = new Cypher.NamedRelationship('r');
    const pattern = new Cypher.Pattern(from, { labels: ['Entity'], properties: { id: row.property('from') } })
      .related(edge, { type, direction: 'right', properties: { key: row.property('key') } })
      .to(to, { labels: ['Entity'], properties: { id: row.property('to') } });
    text = Cypher.utils
      .concat(
        new Cypher.Unwind([new Cypher.NamedParam('rows'), row]),
        new Cypher.Match(pattern).delete(edge),
        new Cypher.Return([Cypher.count('*'), new Cypher.NamedVariable('deleted')]),
      )
      .build().cypher;
    texts.set(type, text);
  }
  return text;
}
