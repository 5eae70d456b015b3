import type { Executor, QueryObserver } from '../db/executor';
import { CentralityResult, computeCentrality } from './centrality';
import { CommunityResult, computeCommunities } from './communities';
import { Deadlock, DEADLOCK_METHOD, findDeadlocks } from './deadlocks';
import { ExportGraphName, loadFullGraph, projectionExportGraph } from './export-graph';
import { ExportFormat, ExportResult, writeExport } from './exports';
import { loadSnapshot } from './load-snapshot';
import { ActorPosition, computePositions, POSITION_METHOD } from './positions';
import { buildProjections, Projections } from './projection';
import type { Snapshot } from './snapshot';
import type { Level } from './sides';
import { computeStanceMatrix, STANCE_MATRIX_METHOD, StanceCell } from './stance-matrix';

export interface AnalyticsOptions {
  /** Only what these articles report; absent, null or empty: the whole graph. */
  articles?: string[] | null;
  /** ACTOR: actors as annotated; SIDE: folded into the side they act for (sides.ts). */
  level?: Level;
}

/**
 * One analysis of one snapshot: the GraphQL resolver, the CLI and /explore
 * all go through here, so they cannot disagree. The snapshot is read on
 * first use and every result is computed at most once.
 */
export class AnalyticsSession {
  readonly level: Level;
  private snapshotPromise?: Promise<Snapshot>;
  private readonly memo = new Map<string, unknown>();

  constructor(
    private readonly executor: Executor,
    readonly options: AnalyticsOptions = {},
    private readonly observer?: QueryObserver,
  ) {
    this.level = options.level ?? 'ACTOR';
  }

  snapshot(): Promise<Snapshot> {
    this.snapshotPromise ??= loadSnapshot(this.executor, { articles: this.options.articles }, this.observer);
    return this.snapshotPromise;
  }

  async projections(): Promise<Projections> {
    const snapshot = await this.snapshot();
    return this.once('projections', () => buildProjections(snapshot, this.level));
  }

  async centrality(): Promise<CentralityResult> {
    const projections = await this.projections();
    return this.once('centrality', () => computeCentrality(projections.influence, this.level));
  }

  async communities(): Promise<CommunityResult> {
    const projections = await this.projections();
    return this.once('communities', () => computeCommunities(projections.agreement, this.level));
  }

  async stanceMatrix(): Promise<{ method: string; cells: StanceCell[] }> {
    const snapshot = await this.snapshot();
    return this.once('stanceMatrix', () => ({
      method: STANCE_MATRIX_METHOD,
      cells: computeStanceMatrix(snapshot, this.level),
    }));
  }

  /** Always between sides, whatever the level: see deadlocks.ts. */
  async deadlocks(): Promise<{ method: string; deadlocks: Deadlock[] }> {
    const snapshot = await this.snapshot();
    return this.once('deadlocks', () => ({ method: DEADLOCK_METHOD, deadlocks: findDeadlocks(snapshot) }));
  }

  async positions(actors?: string[] | null): Promise<{ method: string; actors: ActorPosition[] }> {
    const snapshot = await this.snapshot();
    return { method: POSITION_METHOD, actors: computePositions(snapshot, this.level, actors) };
  }

  /**
   * FULL is the whole stored graph (every :Entity node and relationship
   * between them, scope ignored); INFLUENCE and AGREEMENT are this
   * session's projections with their metrics.
   */
  async export(graph: ExportGraphName, format: ExportFormat): Promise<ExportResult> {
    if (graph === 'FULL') return writeExport(await loadFullGraph(this.executor, this.observer), 'FULL', format, null);
    const [projections, centrality, communities] = await Promise.all([
      this.projections(),
      this.centrality(),
      this.communities(),
    ]);
    return writeExport(projectionExportGraph(projections, graph, centrality, communities), graph, format, this.level);
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}
