import { registerEnumType } from 'type-graphql';
import { EVENT_KINDS } from '../domain';
import { enumFromList } from './enum-from-list';

export const EventKind = enumFromList(EVENT_KINDS);
export type EventKind = (typeof EVENT_KINDS)[number];

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What sort of event the articles report.',
  valuesConfig: {
    TALKS: { description: 'Negotiations between delegations.' },
    SUMMIT: { description: 'A meeting of leaders.' },
    DECREE: { description: 'An executive decree.' },
    LAW: { description: 'A law passed or signed.' },
    REFERENDUM: { description: 'A referendum or vote by the population.' },
    CALL: { description: 'A phone or video call.' },
    VISIT: { description: 'An official visit.' },
    MEETING: { description: 'A meeting below summit level.' },
    BRIEFING: { description: 'A press briefing.' },
    INTERVIEW: { description: 'An interview given to a news outlet.' },
    MILITARY_OPERATION: { description: 'A military operation.' },
    ANNEXATION: { description: 'The annexation of a territory.' },
    ELECTION: { description: 'An election.' },
  },
});
