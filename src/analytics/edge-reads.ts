// Which analytics query reads each edge type into the snapshot the analyses
// run on (load-snapshot.ts), or why the analyses leave it out: each
// relationship type's declaration says (src/domain/relationships.ts), so a
// new type is a decision there, not a silent gap; src/db/model-self-check.ts
// checks each named query really reads its types.
import { analyticsRoles } from '../domain';
import type { AnalyticsRole } from '../domain';

export type AnalyticsEdgeRead = AnalyticsRole;

export const ANALYTICS_EDGE_READS: Readonly<Record<string, AnalyticsEdgeRead>> = analyticsRoles();
