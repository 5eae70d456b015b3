import { LRUCache } from 'lru-cache';
import type { AnalyticsPool } from './analytics-pool';
import { AnalyticsResult, AnalyticsTask, runAnalyticsTask } from './analytics-task';

/**
 * Where an AnalyticsSession's work runs. `key` names the result completely
 * (graph version, scope, level, task and its arguments); `task` reads what
 * the work needs and is called only when the result must be computed.
 */
export interface AnalyticsEngine {
  /** Whether results are shared between sessions, so the session must know the graph version. */
  readonly caches: boolean;
  run(key: string, task: () => Promise<AnalyticsTask>): Promise<AnalyticsResult>;
}

/** On the caller's thread, nothing kept: the CLI, /explore and tests of the algorithms. */
export const inlineEngine: AnalyticsEngine = {
  caches: false,
  run: async (_key, task) => runAnalyticsTask(await task()),
};

export interface PooledEngineOptions {
  /** How long a result is served; 0: nothing is kept. */
  ttlMs: number;
  /** Results kept at most. */
  maxEntries?: number;
  /** Characters of export content kept at most (exports dominate the cache's memory). */
  maxChars?: number;
}

/**
 * The server's engine: work runs on the worker pool, and each result is
 * kept per graph version, so repeated identical analytics (the same
 * fields, scope and level while the graph is unchanged) are answered from
 * memory. The promise is what is kept, so identical requests arriving
 * together share one computation; a failed one is dropped at once.
 */
export class PooledEngine implements AnalyticsEngine {
  readonly caches: boolean;
  private readonly keeps: boolean;
  private readonly results: LRUCache<string, Promise<AnalyticsResult>>;

  constructor(
    private readonly pool: AnalyticsPool,
    options: PooledEngineOptions,
  ) {
    // A time to live of 0 turns the cache off: every request computes.
    this.keeps = options.ttlMs > 0;
    this.caches = this.keeps;
    this.results = new LRUCache<string, Promise<AnalyticsResult>>({
      max: options.maxEntries ?? 500,
      maxSize: options.maxChars ?? 64_000_000,
      // Unknown sizes count as small; an export is re-measured once it is in.
      sizeCalculation: () => 1_000,
      ttl: Math.max(1, options.ttlMs),
    });
  }

  run(key: string, task: () => Promise<AnalyticsTask>): Promise<AnalyticsResult> {
    if (!this.keeps) return task().then((input) => this.pool.run(input));
    const known = this.results.get(key);
    if (known) return known;
    const computed = task().then((input) => this.pool.run(input));
    this.results.set(key, computed);
    computed.then(
      (result) => {
        const size = exportChars(result);
        if (size > 0 && this.results.get(key) === computed) this.results.set(key, computed, { size });
      },
      () => {
        if (this.results.get(key) === computed) this.results.delete(key);
      },
    );
    return computed;
  }

  /** Results kept now; for tests and logs. */
  get size(): number {
    return this.results.size;
  }
}

function exportChars(result: AnalyticsResult): number {
  return 'files' in result ? result.files.reduce((sum, file) => sum + file.content.length, 1_000) : 0;
}
