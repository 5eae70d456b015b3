import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import type { FeedChange } from './change-record';
import { latestChangeSeq, readChanges } from './change-store';
import { onLocalAppend } from './local-appends';

export interface ChangeHubOptions {
  /** Time between two polls of the feed when nothing wakes the hub. */
  pollMs: number;
  /** Records kept in memory for subscribers that are a little behind; older ones are read from the database. */
  keep: number;
  /** Records read per poll query. */
  pageSize?: number;
}

/** How long, after this process appended seq n, the hub keeps looking for n to become visible (its commit). */
const COMMIT_WAIT_MS = [2, 5, 10, 20, 40, 80, 160, 320];

/**
 * This process's one reader of the change feed. While at least one stream
 * listens, it polls the database for records after the last it saw (every
 * `pollMs`, and at once when a write of this process appends) and keeps the
 * newest `keep` of them, contiguous, for the subscriptions of this process
 * to read. With no listener it sends nothing, so a server nobody subscribes
 * to costs its database no polls; the first listener catches up from the
 * last record seen. Records come from the
 * database, never from the writes themselves, so a subscriber here sees the
 * writes of every process on the database, and a restarted server resumes
 * from the database alone.
 */
export class ChangeHub {
  private last = 0;
  /** The kept records are every record with floor < seq <= last. */
  private floor = 0;
  private kept: FeedChange[] = [];
  private readonly waiters = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private expected = 0;
  private stopped = false;
  private unlisten: (() => void) | undefined;
  private started = false;
  /** Set while polls fail (the database is down): logged once, not at every interval. */
  private failing = false;
  /** Streams listening: the hub polls only while there is one. */
  private listeners = 0;
  /** Waiting for the position a poll that starts after their call will find. */
  private positionWaiters: ((seq: number) => void)[] = [];

  constructor(
    private readonly executor: Executor,
    private readonly logger: Logger,
    private readonly options: ChangeHubOptions,
  ) {}

  /**
   * Starts at the feed's current end, as soon as the database answers:
   * subscriptions that want older records ask for them with a cursor.
   */
  start(): void {
    this.unlisten = onLocalAppend((seq) => {
      this.expected = Math.max(this.expected, seq);
      if (this.listeners > 0) void this.pollNow();
    });
    this.schedule(0);
  }

  /** A stream starts listening; polls run until every returned detach has been called. */
  attach(): () => void {
    this.listeners++;
    if (this.listeners === 1) void this.pollNow();
    let attached = true;
    return () => {
      if (!attached) return;
      attached = false;
      this.listeners--;
    };
  }

  /**
   * Where the feed ends now: the position found by a poll that starts after
   * this call, so a stream that starts "from now" misses nothing committed
   * before it asked and replays nothing older.
   */
  currentPosition(): Promise<number> {
    if (this.stopped) return Promise.resolve(this.last);
    const found = new Promise<number>((resolve) => this.positionWaiters.push(resolve));
    void this.pollNow();
    return found;
  }

  /** Stops polling; every subscription on this hub ends. */
  stop(): void {
    this.stopped = true;
    this.unlisten?.();
    clearTimeout(this.timer);
    this.resolvePositionWaiters(this.positionWaiters.splice(0));
    this.notify();
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** The newest seq this hub has seen. */
  get position(): number {
    return this.last;
  }

  /** The kept records after `seq`, oldest first; null when `seq` is older than what is kept (read the database). */
  recordsAfter(seq: number): FeedChange[] | null {
    if (seq < this.floor) return null;
    if (seq >= this.last) return [];
    // The first kept record above seq: kept records are in seq order.
    let low = 0;
    let high = this.kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.kept[middle].seq <= seq) low = middle + 1;
      else high = middle;
    }
    return this.kept.slice(low);
  }

  /** Calls `wake` once, when records beyond what it has seen arrive or the hub stops. */
  whenChanged(wake: () => void): () => void {
    this.waiters.add(wake);
    return () => this.waiters.delete(wake);
  }

  /** Reads records after `after` from the database (for subscribers behind what is kept). */
  read(after: number, limit: number): Promise<FeedChange[]> {
    return readChanges(this.executor, { after, limit });
  }

  /** The floor of what is kept: below it, read() the database. */
  get keptFrom(): number {
    return this.floor;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pollNow(), delayMs);
    this.timer.unref();
  }

  /** One poll at a time; a wake during a poll polls again right after it. */
  private pollNow(): Promise<void> {
    if (this.polling) {
      return this.polling.then(() => this.pollNow());
    }
    this.polling = this.pollUntilSeen().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollUntilSeen(): Promise<void> {
    const waiting = this.positionWaiters.splice(0);
    try {
      await this.pollOnce();
      this.resolvePositionWaiters(waiting);
      // A local append is visible once its transaction commits, a few ms
      // later (more on a loaded machine); a rolled-back one never is, so the
      // hub gives up after ~640 ms and the regular interval takes over.
      for (const delay of COMMIT_WAIT_MS) {
        if (this.stopped || this.last >= this.expected) break;
        await new Promise((resolve) => setTimeout(resolve, delay));
        await this.pollOnce();
      }
      if (this.failing) this.logger.info('change feed polls answer again');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn({ err: error }, 'change feed poll failed; retrying at every interval');
      this.failing = true;
      // Those still waiting ask again at the next poll.
      this.positionWaiters.unshift(...waiting);
    } finally {
      // Polls go on while someone listens or waits for the feed's end.
      if (this.listeners > 0 || this.positionWaiters.length > 0) this.schedule(this.options.pollMs);
    }
  }

  private resolvePositionWaiters(waiting: ((seq: number) => void)[]): void {
    for (const resolve of waiting) resolve(this.last);
  }

  private async pollOnce(): Promise<void> {
    if (!this.started) {
      this.last = this.floor = await latestChangeSeq(this.executor);
      this.started = true;
      return;
    }
    const pageSize = this.options.pageSize ?? 1_000;
    let arrived = false;
    for (;;) {
      if (this.stopped) return;
      const page = await readChanges(this.executor, { after: this.last, limit: pageSize });
      if (page.length === 0) break;
      this.keep(page);
      arrived = true;
      if (page.length < pageSize) break;
    }
    if (arrived) this.notify();
  }

  private keep(page: FeedChange[]): void {
    this.kept.push(...page);
    this.last = page[page.length - 1].seq;
    const excess = this.kept.length - this.options.keep;
    if (excess > 0) {
      this.floor = this.kept[excess - 1].seq;
      this.kept = this.kept.slice(excess);
    }
  }

  private notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }
}
