import type { Executor, QueryObserver } from '../db/executor';
import { createLoaders } from './loaders';
import type { Loaders } from './loaders';
import { queryRunner } from './query-runner';
import type { QueryRunner } from './query-runner';

/** What repositories need for one request: named reads (counted) and that request's loaders. */
export interface DataAccess {
  runner: QueryRunner;
  loaders: Loaders;
}

export function createDataAccess(executor: Executor, observe: QueryObserver): DataAccess {
  const runner = queryRunner(executor, observe);
  return { runner, loaders: createLoaders(runner) };
}
