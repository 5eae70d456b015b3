import { registerEnumType } from 'type-graphql';
import { ACTOR_KINDS } from '../domain';
import { enumFromList } from './enum-from-list';

export const ActorKind = enumFromList(ACTOR_KINDS);
export type ActorKind = (typeof ACTOR_KINDS)[number];

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What sort of actor speaks, owns demands or holds territory.',
  valuesConfig: {
    PERSON: { description: 'A named person, e.g. a president or a spokesman.' },
    STATE: { description: 'A state as a whole, e.g. Russia or Ukraine.' },
    GOVERNMENT: { description: 'A government or one of its bodies, e.g. the Kremlin.' },
    ORGANISATION: { description: 'A non-state organisation, e.g. the UN or a company.' },
    ALLIANCE: { description: 'A military or political alliance, e.g. NATO.' },
    BLOC: { description: 'A group of states acting together, e.g. the EU or the G7.' },
    MEDIA: { description: 'A news outlet or agency.' },
  },
});
