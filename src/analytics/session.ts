import type { Executor, QueryObserver } from '../db/executor';
import { AnalyticsEngine, inlineEngine } from './analytics-engine';
import type { AnalyticsTask } from './analytics-task';
import type { CentralityResult } from './centrality';
import type { CommunityResult } from './communities';
import type { Deadlock } from './deadlocks';
import { ExportGraphName, readFullGraphRows } from './export-graph';
import type { ExportFormat, ExportResult } from './exports';
import { AnalyticsReads } from './analytics-reads';
import type { ActorPosition } from './positions';
import { buildProjections, Projections } from './projection';
import type { Snapshot } from './snapshot';
import type { Level } from './sides';
import type { StanceCell } from './stance-matrix';

export interface AnalyticsOptions {
  /** Only what these articles report; absent, null or empty: the whole graph. */
  articles?: string[] | null;
  /** ACTOR: actors as annotated; SIDE: folded into the side they act for (sides.ts). */
  level?: Level;
  /** The graph as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD; as-of.ts); absent or null: as it stands. */
  asOf?: string | null;
}

type TaskSpec =
  | { kind: 'centrality' | 'communities' | 'stanceMatrix' | 'deadlocks' }
  | { kind: 'positions'; actors: string[] | null }
  | { kind: 'projectionExport'; graph: 'INFLUENCE' | 'AGREEMENT'; format: ExportFormat }
  | { kind: 'fullExport'; format: ExportFormat };

/**
 * One analysis of one snapshot: the GraphQL resolver, the CLI and /explore
 * all go through here, so they cannot disagree. The snapshot is read on
 * first use and every result is computed at most once per session. Where
 * the computing happens is the engine's business (analytics-engine.ts): on
 * this thread for the CLI, on worker threads with a cache for the server.
 */
export class AnalyticsSession {
  readonly level: Level;
  private projectionsMemo?: Projections;
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    private readonly executor: Executor,
    readonly options: AnalyticsOptions = {},
    private readonly observer?: QueryObserver,
    private readonly engine: AnalyticsEngine = inlineEngine,
    /** Shared by the sessions of one request (analytics-reads.ts). */
    private readonly reads: AnalyticsReads = new AnalyticsReads(executor, observer),
  ) {
    this.level = options.level ?? 'ACTOR';
  }

  snapshot(): Promise<Snapshot> {
    return this.reads.snapshot(this.scope(), this.options.asOf ?? null);
  }

  /** The projections themselves, built on this thread (for /explore and the tests of the algorithms). */
  async projections(): Promise<Projections> {
    const snapshot = await this.snapshot();
    this.projectionsMemo ??= buildProjections(snapshot, this.level);
    return this.projectionsMemo;
  }

  centrality(): Promise<CentralityResult> {
    return this.compute({ kind: 'centrality' }) as Promise<CentralityResult>;
  }

  communities(): Promise<CommunityResult> {
    return this.compute({ kind: 'communities' }) as Promise<CommunityResult>;
  }

  stanceMatrix(): Promise<{ method: string; cells: StanceCell[] }> {
    return this.compute({ kind: 'stanceMatrix' }) as Promise<{ method: string; cells: StanceCell[] }>;
  }

  /** Always between sides, whatever the level: see deadlocks.ts. */
  deadlocks(): Promise<{ method: string; deadlocks: Deadlock[] }> {
    return this.compute({ kind: 'deadlocks' }) as Promise<{ method: string; deadlocks: Deadlock[] }>;
  }

  positions(actors?: string[] | null): Promise<{ method: string; actors: ActorPosition[] }> {
    return this.compute({ kind: 'positions', actors: actors ?? null }) as Promise<{
      method: string;
      actors: ActorPosition[];
    }>;
  }

  /**
   * FULL is the whole stored graph (every :Entity node and relationship
   * between them, scope ignored); INFLUENCE and AGREEMENT are this
   * session's projections with their metrics.
   */
  export(graph: ExportGraphName, format: ExportFormat): Promise<ExportResult> {
    const spec: TaskSpec =
      graph === 'FULL' ? { kind: 'fullExport', format } : { kind: 'projectionExport', graph, format };
    return this.compute(spec) as Promise<ExportResult>;
  }

  private compute(spec: TaskSpec): Promise<unknown> {
    const id = JSON.stringify(spec);
    let result = this.memo.get(id);
    if (!result) {
      result = this.key(spec).then((key) => this.engine.run(key, () => this.task(spec)));
      this.memo.set(id, result);
    }
    return result;
  }

  /** Everything the result depends on; the graph version only where the engine shares results. */
  private async key(spec: TaskSpec): Promise<string> {
    if (!this.engine.caches) return '';
    const scoped =
      spec.kind === 'fullExport'
        ? null
        : { articles: this.scope(), level: this.level, asOf: this.options.asOf ?? null };
    return JSON.stringify([await this.reads.graphVersion(), scoped, spec]);
  }

  private async task(spec: TaskSpec): Promise<AnalyticsTask> {
    if (spec.kind === 'fullExport') return { ...spec, rows: await readFullGraphRows(this.executor, this.observer) };
    return { ...spec, snapshot: await this.snapshot(), level: this.level };
  }

  private scope(): string[] | null {
    const articles = this.options.articles;
    return articles && articles.length > 0 ? [...new Set(articles)].sort() : null;
  }
}
