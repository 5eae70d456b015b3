// The shape of a relationship type's declaration: everything the code needs
// to know about one edge type, in one place (src/domain/relationships.ts).
import type { NodeLabel, PropertyType } from './node-labels';

/** How a GraphQL field on one end of a relationship presents the nodes at the other end. */
export type WalkFieldShape =
  /** exactly one node (`Actor!`) */
  | 'one'
  /** at most one node (`Actor`) */
  | 'optionalOne'
  /** every node, unpaged (`[Actor!]!`); for short lists fixed by one annotation */
  | 'list'
  /** a page of nodes with totals and cursors, sorted by the field's `sort` argument */
  | 'page'
  /** a page of relation edges with their provenance (article, statement, role, since), sorted by name */
  | 'relationPage';

/** A GraphQL field that walks one relationship type from one of its ends. */
export interface WalkFieldDeclaration {
  /** The node type the field is on. */
  on: NodeLabel;
  name: string;
  /** out: from the field's node along the edge's direction; in: against it. */
  direction: 'out' | 'in';
  /** The label of the nodes listed, where the far end allows several labels (REPORTED_IN from Statement or Event). */
  far?: NodeLabel;
  shape: WalkFieldShape;
  description: string;
}

/** Where the annotation files state an edge of this type. */
export type AnnotationSource =
  /** The id (or ids) in one field of an entry of a section; `reversed` when the edge points at the entry. */
  | { section: 'article' | 'events' | 'demands' | 'statements'; field: string; reversed?: boolean }
  /** An entry of `relations:` with this `type`. */
  | { section: 'relations' };

/**
 * Families of types that some fields and arguments take together: an
 * actor's relations to other actors, to territories, a statement's stances
 * on demands.
 */
export type RelationshipFamily = 'actorRelation' | 'territoryRelation' | 'stance';

export type AnalyticsRole =
  /** The named analytics query (cypher/queries/<query>.cypher) reads this type into the analysed snapshot. */
  | { query: string }
  /** The analyses leave the type out, for the reason given (it is still exported). */
  | { notAnalysed: string };

export interface RelationshipDeclaration {
  description: string;
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  /** How many edges a node has at each end: `many-to-one` means a from-node has one, a to-node many. */
  cardinality: 'one-to-many' | 'many-to-one' | 'many-to-many';
  /**
   * What tells apart two edges of this type between the same two nodes:
   * nothing (a pair is joined once), or the article that states the edge
   * (the same relation reported by two articles is two edges).
   */
  key: 'none' | 'article';
  /** Properties besides `key`. A type with none holds only the empty key, and its reads need no edge properties. */
  properties: Readonly<Record<string, PropertyType | { type: PropertyType; note: string }>>;
  family?: RelationshipFamily;
  /** Every place the annotation files state edges of this type. */
  annotation: readonly AnnotationSource[];
  analytics: AnalyticsRole;
  /** The GraphQL fields that walk this type alone. Fields over a family of types are written by hand and read the family. */
  fields: readonly WalkFieldDeclaration[];
}
