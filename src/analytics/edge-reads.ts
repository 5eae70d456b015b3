// Which analytics query reads each edge type into the snapshot the analyses
// run on (load-snapshot.ts), or why the analyses leave it out. Every edge
// type has its entry, so a new type is a decision here, not a silent gap;
// src/db/model-self-check.ts checks each named query really reads its types.
import type { EdgeType } from '../seed/graph-rows';

export type AnalyticsEdgeRead = { query: string } | { notAnalysed: string };

const EVENTS_AND_OUTLETS = 'events, outlets and mentions are not part of the analyses (exported only)';

export const ANALYTICS_EDGE_READS: Record<EdgeType, AnalyticsEdgeRead> = {
  MADE: { query: 'analytics-statements' },
  REPORTED_IN: { query: 'analytics-statements' },
  ON_BEHALF_OF: { query: 'analytics-statements' },
  TARGETS: { query: 'analytics-statements' },
  SETS: { query: 'analytics-statements' },
  REPEATS: { query: 'analytics-statements' },
  ACCEPTS: { query: 'analytics-statements' },
  REJECTS: { query: 'analytics-statements' },
  OWNED_BY: { query: 'analytics-demands' },
  ADDRESSED_TO: { query: 'analytics-demands' },
  CONCERNS: { query: 'analytics-demands' },
  CONFLICTS_WITH: { query: 'analytics-demands' },
  SPEAKS_FOR: { query: 'analytics-relations' },
  MEMBER_OF: { query: 'analytics-relations' },
  LEADS: { query: 'analytics-relations' },
  PART_OF: { query: 'analytics-relations' },
  CLAIMS: { query: 'analytics-relations' },
  CONTROLS: { query: 'analytics-relations' },
  ANNEXED: { query: 'analytics-relations' },
  REPORTED_BY: { notAnalysed: EVENTS_AND_OUTLETS },
  MENTIONS: { notAnalysed: EVENTS_AND_OUTLETS },
  TOOK_PART_IN: { notAnalysed: EVENTS_AND_OUTLETS },
  PUBLISHED_BY: { notAnalysed: EVENTS_AND_OUTLETS },
};
