// The families of relationship types that some fields walk together (a
// statement's stances, an actor's relations); the walks over one type are
// declared with their types (src/domain/relationships.ts, declared-walks.ts).
import { actorRelationTypes, stanceTypes, territoryRelationTypes } from '../domain';

// Frozen: the neighbour reads find a frozen list's params by identity (neighbour.repository.ts listParams).
export const STANCES = Object.freeze(stanceTypes());
export const ACTOR_RELATIONS = Object.freeze(actorRelationTypes());
export const TERRITORY_RELATIONS = Object.freeze(territoryRelationTypes());
