import type { Executor } from '../db/executor';
import type { Viewer } from '../http/viewer';

/** What every resolver receives; built fresh for each request. */
export interface GraphqlContext {
  executor: Executor;
  viewer: Viewer | null;
  /** Cypher round trips made for this request, by query name. */
  roundTrips: string[];
  observe: (queryName: string) => void;
}

export function createContext(executor: Executor, viewer: Viewer | null): GraphqlContext {
  const roundTrips: string[] = [];
  return { executor, viewer, roundTrips, observe: (name) => roundTrips.push(name) };
}
