import type { Executor, QueryObserver } from '../db/executor';
import { readGraphVersion } from './graph-version';
import { snapshotAsOf } from './as-of';
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

  /**
   * `articles`: sorted and without repeats, or null for the whole graph;
   * `asOf`: the graph as it stood on that date (as-of.ts), cut from the
   * snapshot of the same scope, so several dates cost one read.
   */
  snapshot(articles: string[] | null, asOf: string | null = null): Promise<Snapshot> {
    const key = JSON.stringify([articles, asOf]);
    let snapshot = this.snapshots.get(key);
    if (!snapshot) {
      snapshot =
        asOf === null
          ? loadSnapshot(this.executor, { articles }, this.observer)
          : this.snapshot(articles).then((whole) => snapshotAsOf(whole, asOf));
      this.snapshots.set(key, snapshot);
    }
    return snapshot;
  }
}
