/**
 * No answer from the database for this long, with work waiting, counts as
 * down rather than busy (a stall that long is an outage to a client).
 */
export const UNRESPONSIVE_AFTER_MS = 30_000;

/**
 * What this process has seen of the database lately, told by the executor
 * around every query: how many are in flight and when the database last
 * answered anything. It is how a slow answer is told apart from a down
 * database and from an expensive request, without asking the database
 * again at the moment it is already struggling.
 */
export class DatabaseLoad {
  private inFlight = 0;
  private lastAnswerAt: number;
  private lastSaturatedAt = -Infinity;
  /**
   * Set while the warm-up runs on a freshly (re)started JVM: a query that
   * runs out of time then was slowed by cold planning, not by its own cost.
   */
  warming = false;

  /**
   * `stallMs`: queries in flight and no answer for this long is a stall.
   * `saturatedAt`: this many queries in flight fill the driver's pool, so
   * any more wait for a connection.
   */
  constructor(
    readonly stallMs = 3_000,
    readonly saturatedAt = 50,
    private readonly now: () => number = Date.now,
  ) {
    this.lastAnswerAt = now();
  }

  started(): void {
    this.inFlight++;
    if (this.inFlight >= this.saturatedAt) this.lastSaturatedAt = this.now();
  }

  /** `answered`: the database replied (with rows or with an error of its own), as opposed to no reply at all. */
  finished(answered: boolean): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (answered) this.lastAnswerAt = this.now();
  }

  get queriesInFlight(): number {
    return this.inFlight;
  }

  /** Queries are waiting and the database has said nothing for `stallMs`. */
  get stalled(): boolean {
    return this.inFlight > 0 && this.now() - this.lastAnswerAt >= this.stallMs;
  }

  /** Every pooled connection is busy: new work queues behind it. */
  get saturated(): boolean {
    return this.inFlight >= this.saturatedAt;
  }

  /** Warming, stalled or saturated: a request that ran out of time now was held up by load, not by its own cost. */
  get busy(): boolean {
    return this.warming || this.stalled || this.saturated;
  }

  /**
   * Busy now, or the pool was full at some moment in the last `ms`: work
   * that ran out of time in that window shared the database with a full
   * pool, so waiting its turn, not its own cost, is the likely reason.
   */
  busyWithin(ms: number): boolean {
    return this.busy || this.now() - this.lastSaturatedAt <= ms;
  }

  /** The database answered something within the last `ms`. */
  answeredWithin(ms: number): boolean {
    return this.now() - this.lastAnswerAt <= ms;
  }

  get msSinceLastAnswer(): number {
    return this.now() - this.lastAnswerAt;
  }
}
