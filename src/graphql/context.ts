import type { AnalyticsEngine } from '../analytics/analytics-engine';
import type { AnalyticsReads } from '../analytics/analytics-reads';
import type { Executor } from '../db/executor';
import type { RequestBookmarks } from '../db/request-bookmarks';
import type { Viewer } from './viewer';
import { createDataAccess } from '../repositories/data-access';
import type { DataAccess } from '../repositories/data-access';

/** What every resolver receives; built fresh for each request. */
export interface GraphqlContext {
  executor: Executor;
  viewer: Viewer | null;
  /** Cypher round trips made for this request, by query name. */
  roundTrips: string[];
  observe: (queryName: string) => void;
  /** Named reads and this request's DataLoaders; every read is told to `observe`. */
  data: DataAccess;
  /** The seed directory mutations validate against; absent: SEED_DIR from the environment. */
  seedDir?: string;
  /** Where analytics run; absent: on the event loop, uncached (the CLI's way). */
  analytics?: AnalyticsEngine;
  /** The analytics reads of this request, shared by its `analytics` fields; made on first use. */
  analyticsReads?: AnalyticsReads;
  /** The bookmarks this request waits for and those of its writes (an HTTP request's; absent elsewhere). */
  bookmarks?: RequestBookmarks;
}

export interface ContextOptions {
  /** config.seed.dir of the running server. */
  seedDir?: string;
  /** The server's worker pool and result cache. */
  analytics?: AnalyticsEngine;
  /** The request's bookmarks: every session of the request uses them. */
  bookmarks?: RequestBookmarks;
}

export function createContext(
  sharedExecutor: Executor,
  viewer: Viewer | null,
  options: ContextOptions = {},
): GraphqlContext {
  const executor = options.bookmarks ? sharedExecutor.withBookmarks(options.bookmarks) : sharedExecutor;
  const roundTrips: string[] = [];
  const observe = (name: string) => {
    roundTrips.push(name);
  };
  return {
    executor,
    viewer,
    roundTrips,
    observe,
    data: createDataAccess(executor, observe),
    seedDir: options.seedDir,
    analytics: options.analytics,
    bookmarks: options.bookmarks,
  };
}
