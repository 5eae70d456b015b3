import { registerEnumType } from 'type-graphql';
import { ACTOR_RELATION_TYPES, RELATION_TYPES, TERRITORY_RELATION_TYPES } from '../seed/annotation.schema';
import { enumFromList } from './enum-from-list';

export const RelationType = enumFromList(RELATION_TYPES);
export type RelationType = (typeof RELATION_TYPES)[number];
export const ActorRelationType = enumFromList(ACTOR_RELATION_TYPES);
export type ActorRelationType = (typeof ACTOR_RELATION_TYPES)[number];
export const TerritoryRelationType = enumFromList(TERRITORY_RELATION_TYPES);
export type TerritoryRelationType = (typeof TERRITORY_RELATION_TYPES)[number];

const descriptions = {
  SPEAKS_FOR: { description: 'The actor speaks for the other one (a spokesman for a government).' },
  MEMBER_OF: { description: 'The actor is a member of the other one (a state of an alliance).' },
  LEADS: { description: 'The actor leads the other one (a president a state).' },
  PART_OF: { description: 'The actor is part of the other one (a ministry of a government).' },
  CLAIMS: { description: 'The actor claims the territory.' },
  CONTROLS: { description: 'The actor controls the territory.' },
  ANNEXED: { description: 'The actor annexed the territory.' },
};

registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'A fact about two actors, or an actor and a territory, that an article reports.',
  valuesConfig: descriptions,
});
registerEnumType(ActorRelationType, {
  name: 'ActorRelationType',
  description: 'The relation types that link an actor to another actor.',
  valuesConfig: {
    SPEAKS_FOR: descriptions.SPEAKS_FOR,
    MEMBER_OF: descriptions.MEMBER_OF,
    LEADS: descriptions.LEADS,
    PART_OF: descriptions.PART_OF,
  },
});
registerEnumType(TerritoryRelationType, {
  name: 'TerritoryRelationType',
  description: 'The relation types that link an actor to a territory.',
  valuesConfig: { CLAIMS: descriptions.CLAIMS, CONTROLS: descriptions.CONTROLS, ANNEXED: descriptions.ANNEXED },
});
