// The names the neighbour reads share. The parameters keep the names the
// loaders and the prefetch send ($ids, $types, ...): the composed query
// renames them per step (src/prefetch/compose-cypher.ts), so each is a
// NamedParam, never one the builder names itself. The variables are named
// too, so the built text reads like hand-written Cypher and the composed
// query's RETURN columns (parentId, items, page, ...) keep their names.
import Cypher from '@neo4j/cypher-builder';

export const PARAM = {
  ids: new Cypher.NamedParam('ids'),
  parents: new Cypher.NamedParam('parents'),
  types: new Cypher.NamedParam('types'),
  label: new Cypher.NamedParam('label'),
  fields: new Cypher.NamedParam('fields'),
  first: new Cypher.NamedParam('first'),
  after: new Cypher.NamedParam('after'),
  before: new Cypher.NamedParam('before'),
  last: new Cypher.NamedParam('last'),
  desc: new Cypher.NamedParam('desc'),
} as const;

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
