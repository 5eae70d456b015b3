// Every relationship type of the graph, declared once. The annotation
// schema, the GraphQL enums and walk fields, the prefetch's field loads, the
// neighbour reads, the edge writes, the analytics and the tables of
// docs/model.md are derived from these entries (src/domain/model.ts); the
// server checks at start that every type is handled everywhere
// (src/db/model-self-check.ts). docs/model.md says how to add a type.
import type { RelationshipDeclaration } from './relationship-declaration';

const EVENTS_AND_OUTLETS = 'events, outlets and mentions are not part of the analyses (exported only)';

const RELATION_PROPERTIES = {
  article: { type: 'string', note: 'the article that states the relation' },
  statement: { type: 'string?', note: 'the statement it rests on, if one' },
  role: { type: 'string?', note: 'actor to actor only' },
  since: { type: 'date?', note: 'with sincePrecision, sinceCue' },
} as const;

export const RELATIONSHIP_DECLARATIONS = {
  MADE: {
    description: 'Actor made Statement.',
    from: ['Actor'],
    to: ['Statement'],
    cardinality: 'one-to-many',
    key: 'none',
    properties: {},
    annotation: [{ section: 'statements', field: 'speaker', reversed: true }],
    analytics: { query: 'analytics-statements' },
    fields: [
      {
        on: 'Actor',
        name: 'statements',
        direction: 'out',
        shape: 'page',
        description: 'Statements this actor made (it is their speaker).',
      },
      {
        on: 'Statement',
        name: 'speaker',
        direction: 'in',
        shape: 'one',
        description: 'The actor who made the statement.',
      },
    ],
  },
  REPORTED_IN: {
    description: 'Statement or Event is reported in Article.',
    from: ['Statement', 'Event'],
    to: ['Article'],
    cardinality: 'many-to-one',
    key: 'none',
    properties: {
      start: { type: 'integer?', note: "the statement's span in the article: its quote, else its evidence" },
      end: 'integer?',
    },
    annotation: [
      { section: 'statements', field: 'article' },
      { section: 'events', field: 'article' },
    ],
    analytics: { query: 'analytics-statements' },
    fields: [
      {
        on: 'Article',
        name: 'statements',
        direction: 'in',
        far: 'Statement',
        shape: 'page',
        description: 'The statements the article reports.',
      },
      {
        on: 'Article',
        name: 'events',
        direction: 'in',
        far: 'Event',
        shape: 'page',
        description: 'The events the article reports.',
      },
      {
        on: 'Statement',
        name: 'article',
        direction: 'out',
        shape: 'one',
        description: 'The article that reports the statement.',
      },
      {
        on: 'Event',
        name: 'article',
        direction: 'out',
        shape: 'optionalOne',
        description: 'The article that reports the event (its provenance).',
      },
    ],
  },
  ON_BEHALF_OF: {
    description: 'Statement was made on behalf of Actor.',
    from: ['Statement'],
    to: ['Actor'],
    cardinality: 'many-to-one',
    key: 'none',
    properties: {},
    annotation: [{ section: 'statements', field: 'onBehalfOf' }],
    analytics: { query: 'analytics-statements' },
    fields: [
      {
        on: 'Actor',
        name: 'statementsOnBehalf',
        direction: 'in',
        shape: 'page',
        description: 'Statements others made on behalf of this actor (e.g. a spokesman for it).',
      },
      {
        on: 'Statement',
        name: 'onBehalfOf',
        direction: 'out',
        shape: 'optionalOne',
        description: 'The actor the speaker spoke for here, where the article says so.',
      },
    ],
  },
  REPORTED_BY: {
    description: 'Statement is credited to an outlet or agency (Actor).',
    from: ['Statement'],
    to: ['Actor'],
    cardinality: 'many-to-one',
    key: 'none',
    properties: {},
    annotation: [{ section: 'statements', field: 'reportedBy' }],
    analytics: { notAnalysed: EVENTS_AND_OUTLETS },
    fields: [
      {
        on: 'Actor',
        name: 'statementsReported',
        direction: 'in',
        shape: 'page',
        description: 'Statements an article credits to this actor as outlet or agency.',
      },
      {
        on: 'Statement',
        name: 'reportedBy',
        direction: 'out',
        shape: 'optionalOne',
        description: 'The outlet or agency the article credits for the statement.',
      },
    ],
  },
  TARGETS: {
    description: 'Statement is aimed at Actor.',
    from: ['Statement'],
    to: ['Actor'],
    cardinality: 'many-to-many',
    key: 'none',
    properties: {},
    annotation: [{ section: 'statements', field: 'targets' }],
    analytics: { query: 'analytics-statements' },
    fields: [
      {
        on: 'Actor',
        name: 'targetedBy',
        direction: 'in',
        shape: 'page',
        description: 'Statements aimed at this actor.',
      },
      {
        on: 'Statement',
        name: 'targets',
        direction: 'out',
        shape: 'list',
        description: 'The actors the statement is aimed at.',
      },
    ],
  },
  MENTIONS: {
    description: 'Statement mentions an Actor, Territory or Event.',
    from: ['Statement'],
    to: ['Actor', 'Territory', 'Event'],
    cardinality: 'many-to-many',
    key: 'none',
    properties: {},
    annotation: [{ section: 'statements', field: 'mentions' }],
    analytics: { notAnalysed: EVENTS_AND_OUTLETS },
    fields: [
      {
        on: 'Actor',
        name: 'mentionedIn',
        direction: 'in',
        shape: 'page',
        description: 'Statements that mention this actor.',
      },
      {
        on: 'Territory',
        name: 'mentionedIn',
        direction: 'in',
        shape: 'page',
        description: 'Statements that mention the territory.',
      },
      {
        on: 'Event',
        name: 'mentionedIn',
        direction: 'in',
        shape: 'page',
        description: 'Statements that mention the event.',
      },
      {
        on: 'Statement',
        name: 'mentions',
        direction: 'out',
        shape: 'list',
        description: 'The actors, territories and events the statement mentions.',
      },
    ],
  },
  SETS: stance('Statement sets Demand.'),
  REPEATS: stance('Statement repeats Demand.'),
  ACCEPTS: stance('Statement accepts Demand.'),
  REJECTS: stance('Statement rejects Demand.'),
  OWNED_BY: {
    description: 'Demand is owned by Actor.',
    from: ['Demand'],
    to: ['Actor'],
    cardinality: 'many-to-one',
    key: 'none',
    properties: {},
    annotation: [{ section: 'demands', field: 'owner' }],
    analytics: { query: 'analytics-demands' },
    fields: [
      {
        on: 'Actor',
        name: 'demands',
        direction: 'in',
        shape: 'page',
        description: 'Demands this actor owns: the demands it sets.',
      },
      { on: 'Demand', name: 'owner', direction: 'out', shape: 'one', description: 'The actor who makes the demand.' },
    ],
  },
  ADDRESSED_TO: {
    description: 'Demand is addressed to Actor.',
    from: ['Demand'],
    to: ['Actor'],
    cardinality: 'many-to-many',
    key: 'none',
    properties: {},
    annotation: [{ section: 'demands', field: 'addressedTo' }],
    analytics: { query: 'analytics-demands' },
    fields: [
      {
        on: 'Actor',
        name: 'demandsAddressedTo',
        direction: 'in',
        shape: 'page',
        description: 'Demands addressed to this actor.',
      },
      {
        on: 'Demand',
        name: 'addressees',
        direction: 'out',
        shape: 'list',
        description: 'The actors the demand is addressed to.',
      },
    ],
  },
  CONCERNS: {
    description: 'Demand or Event concerns Territory.',
    from: ['Demand', 'Event'],
    to: ['Territory'],
    cardinality: 'many-to-many',
    key: 'none',
    properties: {},
    annotation: [
      { section: 'demands', field: 'territories' },
      { section: 'events', field: 'territories' },
    ],
    analytics: { query: 'analytics-demands' },
    fields: [
      {
        on: 'Demand',
        name: 'territories',
        direction: 'out',
        shape: 'list',
        description: 'The territories the demand concerns.',
      },
      {
        on: 'Event',
        name: 'territories',
        direction: 'out',
        shape: 'list',
        description: 'The territories the event concerns.',
      },
      {
        on: 'Territory',
        name: 'demands',
        direction: 'in',
        far: 'Demand',
        shape: 'page',
        description: 'Demands that concern the territory.',
      },
      {
        on: 'Territory',
        name: 'events',
        direction: 'in',
        far: 'Event',
        shape: 'page',
        description: 'Events that concern the territory.',
      },
    ],
  },
  CONFLICTS_WITH: {
    description: 'Demand cannot be met together with another Demand.',
    from: ['Demand'],
    to: ['Demand'],
    cardinality: 'many-to-many',
    key: 'article',
    properties: { article: { type: 'string', note: 'the article that records the conflict' } },
    annotation: [{ section: 'demands', field: 'conflictsWith' }],
    analytics: { query: 'analytics-demands' },
    // Demand.conflicts reads both directions at once, so it is written by hand.
    fields: [],
  },
  SPEAKS_FOR: actorRelation('Actor speaks for Actor.'),
  MEMBER_OF: actorRelation('Actor is a member of Actor.'),
  LEADS: actorRelation('Actor leads Actor.'),
  PART_OF: actorRelation('Actor is part of Actor.'),
  CLAIMS: territoryRelation('Actor claims Territory.', {
    on: 'Territory',
    name: 'claimants',
    direction: 'in',
    shape: 'relationPage',
    description: 'Actors that claim the territory, with provenance.',
  }),
  CONTROLS: territoryRelation('Actor controls Territory.', {
    on: 'Territory',
    name: 'controllers',
    direction: 'in',
    shape: 'relationPage',
    description: 'Actors that control the territory, with provenance.',
  }),
  ANNEXED: territoryRelation('Actor annexed Territory.'),
  TOOK_PART_IN: {
    description: 'Actor took part in Event.',
    from: ['Actor'],
    to: ['Event'],
    cardinality: 'many-to-many',
    key: 'none',
    properties: {},
    annotation: [{ section: 'events', field: 'participants', reversed: true }],
    analytics: { notAnalysed: EVENTS_AND_OUTLETS },
    fields: [
      { on: 'Actor', name: 'events', direction: 'out', shape: 'page', description: 'Events this actor took part in.' },
      {
        on: 'Event',
        name: 'participants',
        direction: 'in',
        shape: 'list',
        description: 'The actors that took part in the event.',
      },
    ],
  },
  PUBLISHED_BY: {
    description: 'Article was published by an outlet (Actor).',
    from: ['Article'],
    to: ['Actor'],
    cardinality: 'many-to-one',
    key: 'none',
    properties: {},
    annotation: [{ section: 'article', field: 'outlet' }],
    analytics: { notAnalysed: EVENTS_AND_OUTLETS },
    fields: [
      {
        on: 'Actor',
        name: 'articlesPublished',
        direction: 'in',
        shape: 'page',
        description: 'Articles this actor published, where it is the outlet the text names.',
      },
      {
        on: 'Article',
        name: 'outlet',
        direction: 'out',
        shape: 'optionalOne',
        description: 'The outlet that published the article, where the text names it.',
      },
    ],
  },
} as const satisfies Record<string, RelationshipDeclaration>;

/** A statement's stance on a demand: the annotation's `demands: [{ demand, stance }]`. */
function stance(description: string) {
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
function actorRelation(description: string) {
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
function territoryRelation<const F extends RelationshipDeclaration['fields'][number]>(
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
