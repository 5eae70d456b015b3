// Values by id, kept on disk (disk-list.ts) behind a table of the ids'
// 64-bit hashes (hashed-id-table.ts, outside the V8 heap): for what a pass
// looks up now and then by id, such as an actor's name for an article's
// outlet, without a Map entry per id. Each value is stored with its id, so
// two ids sharing a hash are caught when read, not taken for one another.
import { DiskList } from './disk-list';
import { HashedIdTable } from './hashed-id-table';

export class DiskMap<V> {
  private readonly index = new HashedIdTable();
  private readonly entries: DiskList<[id: string, value: V]>;

  /** `file`: where the values go (the caller removes it, after close()); without it, kept in memory. */
  constructor(file?: string) {
    this.entries = new DiskList(file);
  }

  get size(): number {
    return this.index.size;
  }

  /** Sets the value of `id` (JSON-safe: what comes back is its JSON parsed); a later value replaces an earlier one. */
  set(id: string, value: V): void {
    this.index.set(id, this.entries.push([id, value]));
  }

  get(id: string): V | undefined {
    const at = this.index.get(id);
    if (at === undefined) return undefined;
    const [stored, value] = this.entries.get(at);
    if (stored !== id) throw new Error(`DiskMap: the ids "${stored}" and "${id}" have the same 64-bit hash`);
    return value;
  }

  close(): void {
    this.entries.close();
  }
}
