import { registerEnumType } from 'type-graphql';

/** Enums of the analytics API; values are the strings src/analytics uses. */

export enum AnalyticsLevel {
  ACTOR = 'ACTOR',
  SIDE = 'SIDE',
}
registerEnumType(AnalyticsLevel, {
  name: 'AnalyticsLevel',
  description: 'Whether the analytics see actors as annotated, or folded into the side they act for.',
  valuesConfig: {
    ACTOR: { description: 'Every actor on its own; a statement counts for its speaker.' },
    SIDE: {
      description:
        'Actors folded into the actor they speak for, lead or are part of (SPEAKS_FOR, LEADS, PART_OF; MEMBER_OF for persons; ' +
        'ON_BEHALF_OF of statements), to the end of the chain: Peskov and the Kremlin count as Russia.',
    },
  },
});

export enum DeadlockKind {
  MUTUAL_REJECTION = 'MUTUAL_REJECTION',
  REJECTION_CYCLE = 'REJECTION_CYCLE',
  CONFLICTING_DEMANDS = 'CONFLICTING_DEMANDS',
}
registerEnumType(DeadlockKind, {
  name: 'DeadlockKind',
  description: 'How a deadlock was found.',
  valuesConfig: {
    MUTUAL_REJECTION: { description: 'Two sides each reject a demand the other owns.' },
    REJECTION_CYCLE: { description: 'Three or more sides, each rejecting a demand owned by the next.' },
    CONFLICTING_DEMANDS: { description: 'Two demands of different sides that cannot both be met.' },
  },
});

export enum DeadlockGround {
  REJECTION = 'REJECTION',
  ANNOTATED_CONFLICT = 'ANNOTATED_CONFLICT',
  SAME_TERRITORY = 'SAME_TERRITORY',
}
registerEnumType(DeadlockGround, {
  name: 'DeadlockGround',
  description: 'What a deadlock rests on.',
  valuesConfig: {
    REJECTION: { description: 'A statement of one side rejects a demand of the other.' },
    ANNOTATED_CONFLICT: { description: 'The annotations link the two demands with CONFLICTS_WITH.' },
    SAME_TERRITORY: { description: 'Both demands concern one territory and each is addressed to the other side.' },
  },
});

export enum StanceChange {
  NEW = 'NEW',
  AGAIN = 'AGAIN',
  REVERSED = 'REVERSED',
}
registerEnumType(StanceChange, {
  name: 'StanceChange',
  description: "How a stance compares with the actor's previous stance on the same demand.",
  valuesConfig: {
    NEW: { description: 'The first stance the actor takes on this demand.' },
    AGAIN: { description: 'Same direction as before (for: SETS, REPEATS, ACCEPTS; against: REJECTS).' },
    REVERSED: { description: 'The actor turned from for to against, or back.' },
  },
});

export enum AnalyticsGraph {
  FULL = 'FULL',
  INFLUENCE = 'INFLUENCE',
  AGREEMENT = 'AGREEMENT',
}
registerEnumType(AnalyticsGraph, {
  name: 'AnalyticsGraph',
  description: 'Which graph to export.',
  valuesConfig: {
    FULL: {
      description:
        'Everything stored: every node and relationship with all labels and properties (the article scope is ignored).',
    },
    INFLUENCE: {
      description: 'The influence projection (actor→actor, directed), with centrality and community on the nodes.',
    },
    AGREEMENT: {
      description: 'The agreement projection (actor–actor, undirected), with centrality and community on the nodes.',
    },
  },
});

export enum AnalyticsExportFormat {
  GRAPHML = 'GRAPHML',
  GRAPHOLOGY = 'GRAPHOLOGY',
  CSV = 'CSV',
}
registerEnumType(AnalyticsExportFormat, {
  name: 'AnalyticsExportFormat',
  description: 'File format of an export.',
  valuesConfig: {
    GRAPHML: { description: 'One GraphML file (Gephi, yEd, networkx.read_graphml, apoc.import.graphml).' },
    GRAPHOLOGY: { description: "One JSON file in graphology's serialisation format (Graph.from / graph.import)." },
    CSV: {
      description:
        'CSV files for `neo4j-admin database import full`, one per node label and relationship type, and the command.',
    },
  },
});
