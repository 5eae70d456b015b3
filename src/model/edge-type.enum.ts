import { registerEnumType } from 'type-graphql';
import { EDGE_TYPES } from '../seed/graph-rows';
import { enumFromList } from './enum-from-list';

export const EdgeType = enumFromList(EDGE_TYPES);
export type EdgeType = (typeof EDGE_TYPES)[number];

registerEnumType(EdgeType, {
  name: 'EdgeType',
  description: 'Every edge type in the graph (see docs/model.md).',
  valuesConfig: {
    MADE: { description: 'Actor made Statement.' },
    REPORTED_IN: { description: 'Statement or Event is reported in Article.' },
    ON_BEHALF_OF: { description: 'Statement was made on behalf of Actor.' },
    REPORTED_BY: { description: 'Statement is credited to an outlet or agency (Actor).' },
    TARGETS: { description: 'Statement is aimed at Actor.' },
    MENTIONS: { description: 'Statement mentions an Actor, Territory or Event.' },
    SETS: { description: 'Statement sets Demand.' },
    REPEATS: { description: 'Statement repeats Demand.' },
    ACCEPTS: { description: 'Statement accepts Demand.' },
    REJECTS: { description: 'Statement rejects Demand.' },
    OWNED_BY: { description: 'Demand is owned by Actor.' },
    ADDRESSED_TO: { description: 'Demand is addressed to Actor.' },
    CONCERNS: { description: 'Demand or Event concerns Territory.' },
    CONFLICTS_WITH: { description: 'Demand cannot be met together with another Demand.' },
    SPEAKS_FOR: { description: 'Actor speaks for Actor.' },
    MEMBER_OF: { description: 'Actor is a member of Actor.' },
    LEADS: { description: 'Actor leads Actor.' },
    PART_OF: { description: 'Actor is part of Actor.' },
    CLAIMS: { description: 'Actor claims Territory.' },
    CONTROLS: { description: 'Actor controls Territory.' },
    ANNEXED: { description: 'Actor annexed Territory.' },
    TOOK_PART_IN: { description: 'Actor took part in Event.' },
    PUBLISHED_BY: { description: 'Article was published by an outlet (Actor).' },
  },
});
