// Every relationship type of the graph, declared once. The annotation
// schema, the GraphQL enums and walk fields, the prefetch's field loads, the
// neighbour reads, the edge writes, the analytics and the tables of
// docs/model.md are derived from these entries (src/domain/model.ts); the
// server checks at start that every type is handled everywhere
// (src/db/model-self-check.ts). docs/model.md says how to add a type.
import type { RelationshipDeclaration } from './relationship-declaration';
import { actorRelation, EVENTS_AND_OUTLETS, stance, territoryRelation } from './relationship-families';
import { STATEMENT_RELATIONSHIPS } from './statement-relationships';

export const RELATIONSHIP_DECLARATIONS = {
  ...STATEMENT_RELATIONSHIPS,
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
