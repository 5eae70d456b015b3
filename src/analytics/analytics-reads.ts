import type { Executor, QueryObserver } from '../db/executor';
import { readGraphVersion } from './graph-version';
import { loadSnapshot } from './load-snapshot';
import type { Snapshot } from './snapshot';

/**
 * The database reads behind the analytics of one request, each made once
 * however many `analytics` fields (aliases) ask: the graph version, and the
 * snapshot of each article scope. Decoding the same snapshot fifteen times
 * would be event-loop work the worker threads cannot take over.
 */
export class AnalyticsReads {
  private version?: Promise<string>;
  private readonly snapshots = new Map<string, Promise<Snapshot>>();

  constructor(
    private readonly executor: Executor,
    private readonly observer?: QueryObserver,
  ) {}

  graphVersion(): Promise<string> {
    this.version ??= readGraphVersion(this.executor, this.observer);
    return this.version;
  }

  /** `articles`: sorted and without repeats, or null for the whole graph. */
  snapshot(articles: string[] | null): Promise<Snapshot> {
    const key = JSON.stringify(articles);
    let snapshot = this.snapshots.get(key);
    if (!snapshot) {
      snapshot = loadSnapshot(this.executor, { articles }, this.observer);
      this.snapshots.set(key, snapshot);
    }
    return snapshot;
  }
}
