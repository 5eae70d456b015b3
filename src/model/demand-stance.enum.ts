import { registerEnumType } from 'type-graphql';
import { stanceTypes } from '../domain';
import { enumFromList } from './enum-from-list';

/** The stance family of the domain model: one edge type per stance. */
export const DemandStance = enumFromList(stanceTypes());
export type DemandStance = string;

registerEnumType(DemandStance, {
  name: 'DemandStance',
  description: "A statement's stance on a demand; each is an edge from the statement to the demand.",
  valuesConfig: {
    SETS: { description: 'The statement puts the demand forward for the first time in the corpus.' },
    REPEATS: { description: 'The statement voices the demand again.' },
    ACCEPTS: { description: 'The statement accepts the demand.' },
    REJECTS: { description: 'The statement rejects the demand.' },
  },
});
