// Which way a seed writes: CREATE when the store holds no entity yet (the
// first seed, where MERGE's lookups find nothing and only cost time), MERGE
// otherwise (a re-seed, or a rerun after a seeder was killed half-way, must
// not duplicate). The uniqueness constraints stay in force either way: a
// CREATE of an id that appeared meanwhile (another seeder on the same store)
// fails on entity_id instead of duplicating it.
import type { Executor } from '../db/executor';
import type { WriteMode } from './write-queries';

/** `auto` (the default): create on an empty store, merge otherwise; `merge`: always merge. */
export type WriteModeOption = 'auto' | 'merge';

export async function chooseWriteMode(executor: Executor, option: WriteModeOption = 'auto'): Promise<WriteMode> {
  if (option === 'merge') return 'merge';
  const [row] = await executor.read<{ empty: boolean }>('seed-store-is-empty');
  return row.empty ? 'create' : 'merge';
}
