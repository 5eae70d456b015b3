import { registerEnumType } from 'type-graphql';
import { DEMAND_KINDS } from '../domain';
import { enumFromList } from './enum-from-list';

export const DemandKind = enumFromList(DEMAND_KINDS);
export type DemandKind = (typeof DEMAND_KINDS)[number];

registerEnumType(DemandKind, {
  name: 'DemandKind',
  description: 'How binding a demand is meant to be.',
  valuesConfig: {
    DEMAND: { description: 'Something an actor wants from another.' },
    PRECONDITION: { description: 'Something that must happen before talks or a deal.' },
    PROPOSAL: { description: 'An offer or plan put forward.' },
    RED_LINE: { description: 'Something an actor says it will never accept or give up.' },
  },
});
