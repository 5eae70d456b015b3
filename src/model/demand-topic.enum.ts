import { registerEnumType } from 'type-graphql';
import { DEMAND_TOPICS } from '../domain';
import { enumFromList } from './enum-from-list';

export const DemandTopic = enumFromList(DEMAND_TOPICS);
export type DemandTopic = (typeof DEMAND_TOPICS)[number];

registerEnumType(DemandTopic, {
  name: 'DemandTopic',
  description: 'What a demand is about.',
  valuesConfig: {
    TERRITORY: { description: 'Who holds or gives up which territory.' },
    ALLIANCE_MEMBERSHIP: { description: 'Joining or staying out of an alliance such as NATO.' },
    WITHDRAWAL: { description: 'Pulling troops out.' },
    LEGITIMACY: { description: 'Whether a leader or government is legitimate.' },
    SECURITY_GUARANTEES: { description: 'Guarantees of security for one side or both.' },
    RECOGNITION: { description: 'Recognising borders, annexations or governments.' },
    NEGOTIATION_FORMAT: { description: 'Who talks to whom, where and how.' },
    LEADERSHIP_CHANGE: { description: 'Replacing a leader or a government.' },
    REPARATIONS: { description: 'Paying for damage done.' },
    ACCOUNTABILITY: { description: 'Trials or other accountability for crimes.' },
    CEASEFIRE: { description: 'Stopping the fighting.' },
    ARMS_SUPPLIES: { description: 'Supplying weapons, air defence or other military aid, or stopping it.' },
    SANCTIONS: { description: 'Imposing, keeping or lifting sanctions.' },
    OTHER: { description: 'Anything else.' },
  },
});
