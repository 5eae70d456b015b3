import type { Executor, Params, QueryObserver, Row } from '../db/executor';
import { stableKey } from './stable-key';

/** A named query with its parameters: what a repository reads, before it is read. */
export interface NamedRead {
  name: string;
  params: Params;
}

/** Named read queries, each one round trip told to the request's observer. */
export interface QueryRunner {
  read<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
  /**
   * Hands over rows already read for this exact query and parameters (by the
   * request's prefetch), so the read that would fetch them costs no round trip.
   */
  provide(read: NamedRead, rows: Row[]): void;
  /**
   * The database already failed this request in a way another try within it
   * would repeat (unavailable, out of time): every later read fails at once
   * with the same error instead of waiting for it again.
   */
  failWith(error: unknown): void;
}

export function queryRunner(executor: Executor, observe: QueryObserver): QueryRunner {
  const provided = new Map<string, Row[]>();
  let failure: unknown = null;
  return {
    read: <T extends Row = Row>(name: string, params: Params = {}) => {
      if (failure) return Promise.reject(failure);
      // Like the DataLoaders, a request reads the same query and parameters once.
      const rows = provided.get(stableKey([name, params]));
      return rows ? Promise.resolve(rows as T[]) : executor.read<T>(name, params, observe);
    },
    provide: (read, rows) => {
      provided.set(stableKey([read.name, read.params]), rows);
    },
    failWith: (error) => {
      failure = error;
    },
  };
}

/** Reads a NamedRead through the request's runner. */
export function readNamed<T extends Row = Row>(data: { runner: QueryRunner }, read: NamedRead): Promise<T[]> {
  return data.runner.read<T>(read.name, read.params);
}
