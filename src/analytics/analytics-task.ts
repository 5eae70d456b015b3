import { CentralityResult, computeCentrality } from './centrality';
import { CommunityResult, computeCommunities } from './communities';
import { Deadlock, DEADLOCK_METHOD, findDeadlocks } from './deadlocks';
import { buildFullGraph, FullGraphRows, projectionExportGraph } from './export-graph';
import { ExportFormat, ExportResult, writeExport } from './exports';
import { ActorPosition, computePositions, POSITION_METHOD } from './positions';
import { buildProjections } from './projection';
import type { Level } from './sides';
import type { Snapshot } from './snapshot';
import { computeStanceMatrix, STANCE_MATRIX_METHOD, StanceCell } from './stance-matrix';

/**
 * One piece of analytics work with everything it needs, read from the
 * database beforehand: plain data, so it can be run here or handed to a
 * worker thread (analytics-pool.ts) and give the same answer.
 */
export type AnalyticsTask =
  | { kind: 'centrality' | 'communities' | 'stanceMatrix' | 'deadlocks'; snapshot: Snapshot; level: Level }
  | { kind: 'positions'; snapshot: Snapshot; level: Level; actors: string[] | null }
  | {
      kind: 'projectionExport';
      snapshot: Snapshot;
      level: Level;
      graph: 'INFLUENCE' | 'AGREEMENT';
      format: ExportFormat;
    }
  | { kind: 'fullExport'; rows: FullGraphRows; format: ExportFormat };

export type AnalyticsResult =
  | CentralityResult
  | CommunityResult
  | { method: string; cells: StanceCell[] }
  | { method: string; deadlocks: Deadlock[] }
  | { method: string; actors: ActorPosition[] }
  | ExportResult;

/** Runs one task to the end, synchronously: CPU only, no I/O. */
export function runAnalyticsTask(task: AnalyticsTask): AnalyticsResult {
  switch (task.kind) {
    case 'centrality':
      return computeCentrality(buildProjections(task.snapshot, task.level).influence, task.level);
    case 'communities':
      return computeCommunities(buildProjections(task.snapshot, task.level).agreement, task.level);
    case 'stanceMatrix':
      return { method: STANCE_MATRIX_METHOD, cells: computeStanceMatrix(task.snapshot, task.level) };
    case 'deadlocks':
      return { method: DEADLOCK_METHOD, deadlocks: findDeadlocks(task.snapshot) };
    case 'positions':
      return { method: POSITION_METHOD, actors: computePositions(task.snapshot, task.level, task.actors) };
    case 'projectionExport': {
      const projections = buildProjections(task.snapshot, task.level);
      const centrality = computeCentrality(projections.influence, task.level);
      const communities = computeCommunities(projections.agreement, task.level);
      const graph = projectionExportGraph(projections, task.graph, centrality, communities);
      return writeExport(graph, task.graph, task.format, task.level);
    }
    case 'fullExport':
      return writeExport(buildFullGraph(task.rows), 'FULL', task.format, null);
  }
}
