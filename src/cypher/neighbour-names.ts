// The names the built reads share (the neighbour reads and the lists). The
// variables are named, so the built text reads like hand-written Cypher and
// the composed query's RETURN columns (parentId, items, page, ...) keep their
// names. Parameters are not here: the caller names them (query-input.ts).
import Cypher from '@neo4j/cypher-builder';

export const VAR = {
  parentId: new Cypher.NamedVariable('parentId'),
  parent: new Cypher.NamedNode('parent'),
  /** The node at the far end of the walked edge. */
  far: new Cypher.NamedNode('n'),
  edge: new Cypher.NamedRelationship('r'),
  /** The sort key of a page entry. */
  key: new Cypher.NamedVariable('key'),
  /** A property name of a projection. */
  property: new Cypher.NamedVariable('k'),
  /** A label, while the projection of a node of several possible labels is looked up. */
  label: new Cypher.NamedVariable('l'),
  /** An entry of a page's ordered list. */
  entry: new Cypher.NamedVariable('x'),
} as const;

/** The columns the neighbour reads return, and the variables they pass between clauses. */
export const COLUMN = {
  items: new Cypher.NamedVariable('items'),
  handedOn: new Cypher.NamedVariable('handedOn'),
  ordered: new Cypher.NamedVariable('ordered'),
  total: new Cypher.NamedVariable('total'),
  lo: new Cypher.NamedVariable('lo'),
  hi: new Cypher.NamedVariable('hi'),
  startAt: new Cypher.NamedVariable('startAt'),
  endAt: new Cypher.NamedVariable('endAt'),
  page: new Cypher.NamedVariable('page'),
} as const;
