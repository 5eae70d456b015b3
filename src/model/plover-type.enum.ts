import { registerEnumType } from 'type-graphql';
import { PLOVER_TYPES } from '../seed/annotation.schema';
import { enumFromList } from './enum-from-list';

export const PloverType = enumFromList(PLOVER_TYPES);
export type PloverType = (typeof PLOVER_TYPES)[number];

registerEnumType(PloverType, {
  name: 'PloverType',
  description: 'The event type of a statement in the PLOVER 2021-10 ontology.',
  valuesConfig: {
    AGREE: { description: 'Agree to, or sign, something.' },
    CONSULT: { description: 'Talk, meet or discuss.' },
    SUPPORT: { description: 'Express support.' },
    CONCEDE: { description: 'Give in or ease a position.' },
    COOPERATE: { description: 'Work together.' },
    AID: { description: 'Give aid.' },
    RETREAT: { description: 'Withdraw or pull back.' },
    INVESTIGATE: { description: 'Investigate.' },
    DEMAND: { description: 'Demand something.' },
    DISAPPROVE: { description: 'Criticise or disapprove.' },
    REJECT: { description: 'Reject a proposal or demand.' },
    THREATEN: { description: 'Threaten.' },
    PROTEST: { description: 'Protest.' },
    CRIME: { description: 'Commit a crime.' },
    SANCTION: { description: 'Impose sanctions.' },
    MOBILIZE: { description: 'Mobilise forces.' },
    COERCE: { description: 'Coerce.' },
    ASSAULT: { description: 'Use force.' },
  },
});
