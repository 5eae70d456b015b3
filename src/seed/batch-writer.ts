import type { Executor } from '../db/executor';
import type { SeedOptions } from './seeder';
import { assertWritten } from './written-count';

/** Rows per UNWIND batch unless SeedOptions.batchSize says otherwise. */
export const DEFAULT_BATCH_SIZE = 5000;

/** A batch closes at this many bytes of rows (as JSON) when the writer is told sizes, whatever its row count. */
const BATCH_BYTES = 4 << 20;
/** A transaction commits at this many bytes of rows (as JSON) when the writer is told sizes. */
const COMMIT_BYTES = 8 << 20;

/**
 * Collects rows into `UNWIND` batches of one query and commits a transaction every
 * `commitEvery` rows. One transaction is in flight at a time: the caller
 * prepares the next rows while Neo4j writes the last ones, and flush()
 * returns once everything added so far has committed. A batch that writes
 * fewer rows than it holds (an edge end not in the store) fails its
 * transaction (written-count.ts).
 */
export class BatchWriter {
  private readonly batchSize: number;
  private readonly commitEvery: number;
  private readonly open = new Map<string, { query: string; rows: unknown[]; bytes: number }>();
  private ready: { query: string; step: string; rows: unknown[] }[] = [];
  private readyRows = 0;
  private readyBytes = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly concurrency: number;
  private failure: unknown = null;
  private written = 0;

  constructor(
    private readonly executor: Executor,
    private readonly options: SeedOptions,
    private readonly total: number,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.commitEvery = Math.max(options.commitEvery ?? this.batchSize, 1);
    this.concurrency = Math.max(options.concurrentTransactions ?? 1, 1);
  }

  /**
   * Adds rows for `query` (Cypher text); `step` (a label or an edge type)
   * names them in progress reports. `bytes`, when known, is their size (as
   * JSON): a batch also closes at BATCH_BYTES, and a transaction commits at
   * COMMIT_BYTES, so rows carrying whole article texts do not pile up
   * thousands at a time.
   */
  async add(query: string, step: string, rows: readonly unknown[], bytes = 0): Promise<void> {
    if (rows.length === 0) return;
    const key = `${step}\n${query}`;
    let open = this.open.get(key);
    if (!open) this.open.set(key, (open = { query, rows: [], bytes: 0 }));
    const perRow = bytes / rows.length;
    for (const row of rows) {
      open.rows.push(row);
      open.bytes += perRow;
      if (open.rows.length >= this.batchSize || open.bytes >= BATCH_BYTES) {
        this.ready.push({ query, step, rows: open.rows });
        this.readyRows += open.rows.length;
        this.readyBytes += open.bytes;
        open.rows = [];
        open.bytes = 0;
        if (this.readyRows >= this.commitEvery || this.readyBytes >= COMMIT_BYTES) await this.commit();
      }
    }
  }

  /** Commits every row added so far, partial batches included. */
  async flush(): Promise<void> {
    for (const [key, open] of this.open) {
      if (open.rows.length > 0) this.ready.push({ query: open.query, step: key.slice(0, key.indexOf('\n')), rows: open.rows });
    }
    this.open.clear();
    await this.commit();
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  private async commit(): Promise<void> {
    const group = this.ready;
    this.ready = [];
    this.readyRows = 0;
    this.readyBytes = 0;
    // Wait for a free slot (and surface an earlier failure) before starting the next transaction.
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    this.throwIfFailed();
    if (group.length === 0) return;
    const transaction: Promise<void> = this.executor
      .writeTransaction(async (tx) => {
        for (const batch of group) assertWritten(batch.step, await tx.run(batch.query, { rows: batch.rows }), batch.rows.length);
      })
      .then(
        () => {
          for (const batch of group) {
            this.written += batch.rows.length;
            this.options.onProgress?.({ written: this.written, total: this.total, step: batch.step });
          }
        },
        (error: unknown) => {
          this.failure ??= error;
        },
      )
      .finally(() => this.inFlight.delete(transaction));
    this.inFlight.add(transaction);
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}
