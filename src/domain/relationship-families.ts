// The relationship types that come in families, declared alike: a
// statement's stances on a demand, and the relations between actors, or
// from actors to territories, that annotators state in `relations:`.
// Each family's types differ only in their description and walk fields.
import type { RelationshipDeclaration } from './relationship-declaration';

/** Why the analyses leave a type out (they still export it). */
export const EVENTS_AND_OUTLETS = 'events, outlets and mentions are not part of the analyses (exported only)';

const RELATION_PROPERTIES = {
  article: { type: 'string', note: 'the article that states the relation' },
  statement: { type: 'string?', note: 'the statement it rests on, if one' },
  role: { type: 'string?', note: 'actor to actor only' },
  since: { type: 'date?', note: 'with sincePrecision, sinceCue' },
} as const;

/** A statement's stance on a demand: the annotation's `demands: [{ demand, stance }]`. */
export function stance(description: string) {
  return {
    description,
    from: ['Statement'],
    to: ['Demand'],
    cardinality: 'many-to-many',
    key: 'none',
    properties: {},
    family: 'stance',
    annotation: [{ section: 'statements', field: 'demands' }],
    analytics: { query: 'analytics-statements' },
    // Statement.demands and Demand.statements walk the four stances together.
    fields: [],
  } as const satisfies RelationshipDeclaration;
}

/** A fact about two actors that an article states (`relations:` entries). */
export function actorRelation(description: string) {
  return {
    description,
    from: ['Actor'],
    to: ['Actor'],
    cardinality: 'many-to-many',
    key: 'article',
    properties: RELATION_PROPERTIES,
    family: 'actorRelation',
    annotation: [{ section: 'relations' }],
    analytics: { query: 'analytics-relations' },
    // Actor.relations and Actor.inboundRelations walk the family together.
    fields: [],
  } as const satisfies RelationshipDeclaration;
}

/** A fact about an actor and a territory that an article states (`relations:` entries). */
export function territoryRelation<const F extends RelationshipDeclaration['fields'][number]>(
  description: string,
  ...fields: F[]
) {
  return {
    description,
    from: ['Actor'],
    to: ['Territory'],
    cardinality: 'many-to-many',
    key: 'article',
    properties: RELATION_PROPERTIES,
    family: 'territoryRelation',
    annotation: [{ section: 'relations' }],
    analytics: { query: 'analytics-relations' },
    fields,
  } as const satisfies RelationshipDeclaration;
}
