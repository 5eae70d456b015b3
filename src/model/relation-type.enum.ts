import { registerEnumType } from 'type-graphql';
import { actorRelationTypes, relationship, relationTypes, territoryRelationTypes } from '../domain';
import { enumFromList } from './enum-from-list';

// The relation families of the domain model (src/domain/relationships.ts).
export const RelationType = enumFromList(relationTypes());
export type RelationType = string;
export const ActorRelationType = enumFromList(actorRelationTypes());
export type ActorRelationType = string;
export const TerritoryRelationType = enumFromList(territoryRelationTypes());
export type TerritoryRelationType = string;

const descriptions = {
  SPEAKS_FOR: { description: 'The actor speaks for the other one (a spokesman for a government).' },
  MEMBER_OF: { description: 'The actor is a member of the other one (a state of an alliance).' },
  LEADS: { description: 'The actor leads the other one (a president a state).' },
  PART_OF: { description: 'The actor is part of the other one (a ministry of a government).' },
  CLAIMS: { description: 'The actor claims the territory.' },
  CONTROLS: { description: 'The actor controls the territory.' },
  ANNEXED: { description: 'The actor annexed the territory.' },
};

/** Each type's description: the fuller wording above, else its declaration's. */
const valuesConfig = (types: readonly string[]) =>
  Object.fromEntries(
    types.map((type) => [
      type,
      (descriptions as Record<string, { description: string }>)[type] ?? {
        description: relationship(type).description,
      },
    ]),
  );

registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'A fact about two actors, or an actor and a territory, that an article reports.',
  valuesConfig: valuesConfig(relationTypes()),
});
registerEnumType(ActorRelationType, {
  name: 'ActorRelationType',
  description: 'The relation types that link an actor to another actor.',
  valuesConfig: valuesConfig(actorRelationTypes()),
});
registerEnumType(TerritoryRelationType, {
  name: 'TerritoryRelationType',
  description: 'The relation types that link an actor to a territory.',
  valuesConfig: valuesConfig(territoryRelationTypes()),
});
