import { registerEnumType } from 'type-graphql';
import { DEMAND_STANCES } from '../seed/annotation.schema';
import { enumFromList } from './enum-from-list';

export const DemandStance = enumFromList(DEMAND_STANCES);
export type DemandStance = (typeof DEMAND_STANCES)[number];

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
