// The one-hop walks of the API, in the terms of docs/model.md: which edges
// each neighbour field follows. Resolvers name a walk; the neighbour queries
// take its parts as parameters.
import { actorRelationTypes, stanceTypes, territoryRelationTypes } from '../domain';
import type { Walk } from './neighbour.repository';

export const WALKS = {
  // Actor
  statementsMade: { direction: 'out', types: ['MADE'], label: 'Statement' },
  statementsOnBehalfOf: { direction: 'in', types: ['ON_BEHALF_OF'], label: 'Statement' },
  statementsTargeting: { direction: 'in', types: ['TARGETS'], label: 'Statement' },
  statementsMentioning: { direction: 'in', types: ['MENTIONS'], label: 'Statement' },
  statementsReportedBy: { direction: 'in', types: ['REPORTED_BY'], label: 'Statement' },
  demandsOwned: { direction: 'in', types: ['OWNED_BY'], label: 'Demand' },
  demandsAddressedTo: { direction: 'in', types: ['ADDRESSED_TO'], label: 'Demand' },
  eventsTakenPartIn: { direction: 'out', types: ['TOOK_PART_IN'], label: 'Event' },
  articlesPublished: { direction: 'in', types: ['PUBLISHED_BY'], label: 'Article' },
  // Article
  statementsReportedIn: { direction: 'in', types: ['REPORTED_IN'], label: 'Statement' },
  eventsReportedIn: { direction: 'in', types: ['REPORTED_IN'], label: 'Event' },
  // Territory
  demandsConcerning: { direction: 'in', types: ['CONCERNS'], label: 'Demand' },
  eventsConcerning: { direction: 'in', types: ['CONCERNS'], label: 'Event' },
} satisfies Record<string, Walk>;

// Frozen: the neighbour reads find a frozen list's params by identity (neighbour.repository.ts listParams).
export const STANCES = Object.freeze(stanceTypes());
export const ACTOR_RELATIONS = Object.freeze(actorRelationTypes());
export const TERRITORY_RELATIONS = Object.freeze(territoryRelationTypes());
