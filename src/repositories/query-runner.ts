import type { Executor, Params, QueryObserver, Row } from '../db/executor';

/** Named read queries, each one round trip told to the request's observer. */
export interface QueryRunner {
  read<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
}

export function queryRunner(executor: Executor, observe: QueryObserver): QueryRunner {
  return { read: (name, params) => executor.read(name, params, observe) };
}
