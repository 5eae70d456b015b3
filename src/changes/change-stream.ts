import type { FeedChange } from './change-record';
import type { ChangeHub } from './change-hub';

/** Records read from the database per catch-up query. */
const CATCH_UP_PAGE = 500;

/**
 * The feed from a position on, as an async iterator: first the records
 * after `after` (from the hub's memory, or the database when they are older),
 * then each new one as the hub sees it. One position, only ever moving
 * forward, decides what comes next, so the replay and the live part meet
 * without a gap or a duplicate, and a slow reader simply reads from further
 * back. `return()` (the client unsubscribed) ends it at once, even while it waits.
 */
export class ChangeStream implements AsyncIterableIterator<FeedChange> {
  /** Null until the hub knows where the feed ends, for a stream that starts from now. */
  private position: number | null;
  private pending: FeedChange[] = [];
  private done = false;
  private wakeUp: (() => void) | undefined;
  private unwait: (() => void) | undefined;
  private readonly detach: () => void;
  /** For a stream from now: where the feed ended when it was opened. */
  private readonly start: Promise<number> | null;

  constructor(
    private readonly hub: ChangeHub,
    after: number | null,
  ) {
    this.detach = hub.attach();
    this.position = after;
    this.start = after === null ? hub.currentPosition() : null;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<FeedChange> {
    return this;
  }

  async next(): Promise<IteratorResult<FeedChange>> {
    if (this.position === null) this.position = await this.start!;
    while (!this.done) {
      const next = this.pending.shift();
      if (next) {
        this.position = next.seq;
        return { value: next, done: false };
      }
      if (this.hub.isStopped) break;
      this.pending = await this.fetch();
      if (this.pending.length === 0 && !this.done) await this.changed();
    }
    this.detach();
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<FeedChange>> {
    this.done = true;
    this.detach();
    this.pending = [];
    this.unwait?.();
    this.wakeUp?.();
    return { value: undefined, done: true };
  }

  private async fetch(): Promise<FeedChange[]> {
    const position = this.position!;
    const kept = this.hub.recordsAfter(position);
    if (kept) return kept;
    const floor = this.hub.keptFrom;
    const read = await this.hub.read(position, CATCH_UP_PAGE);
    // Nothing in the database between here and what the hub keeps (records
    // removed by hand): continue from what the hub keeps.
    if (read.length === 0) this.position = Math.max(position, floor);
    return read;
  }

  private changed(): Promise<void> {
    if (this.position! < this.hub.position) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.unwait = this.hub.whenChanged(resolve);
    });
  }
}
