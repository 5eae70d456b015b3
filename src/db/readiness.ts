import { ServerBusyError } from '../errors/api-errors';
import type { Logger } from '../logger';
import { UNRESPONSIVE_AFTER_MS } from './database-load';
import type { Executor } from './executor';
import type { SupervisionStatus } from './neo4j-supervisor';

export type DatabaseState = 'reachable' | 'busy' | 'unresponsive' | 'unreachable' | 'restarting' | 'failed';
export type WarmupState = 'pending' | 'warming' | 'done' | 'off';

export interface ReadinessReport {
  ready: boolean;
  database: DatabaseState;
  schema: 'applied' | 'pending';
  warmup: WarmupState;
  /** While the embedded Neo4j is being restarted after it died. */
  restart?: { attempt: number; maxAttempts: number; lastExit?: string };
  detail?: string;
}

export interface ReadinessOptions {
  /** Pause between attempts to prepare the database. */
  retryMs?: number;
  /** /ready answers within about this long, whatever the database does. */
  pingTimeoutMs?: number;
  /**
   * A ping that cannot finish counts as load while the database answered
   * something within this long; after that it counts as down.
   */
  unresponsiveAfterMs?: number;
  /** Runs once the database is prepared, and again after each restart of it (warm-up.ts). */
  warmUp?: () => Promise<void>;
  /** The embedded Neo4j's supervisor, when this process runs one. */
  supervision?: () => SupervisionStatus;
}

/**
 * Knows whether the API can serve: Neo4j answers, the one-time preparation
 * (schema, seed when empty) has succeeded and the warm-up has run. Until
 * then it retries the preparation in the background, so a server started
 * while Neo4j is down becomes ready by itself once Neo4j is back.
 *
 * Load is not an outage: a ping that cannot get a pooled connection or an
 * answer within its deadline while queries keep succeeding reports `busy`
 * and stays ready, so a load balancer does not take a saturated server out
 * of rotation (which would only pile its load onto the others).
 */
export class Readiness {
  private prepared = false;
  private warmup: WarmupState;
  private lastError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Promise<void> | undefined;
  private warming: Promise<void> | undefined;
  private stopped = false;
  private readonly options: Required<Omit<ReadinessOptions, 'warmUp' | 'supervision'>> & ReadinessOptions;

  constructor(
    private readonly executor: Executor,
    private readonly prepare: () => Promise<void>,
    private readonly logger: Logger,
    options: ReadinessOptions = {},
  ) {
    this.options = { retryMs: 2_000, pingTimeoutMs: 2_000, unresponsiveAfterMs: UNRESPONSIVE_AFTER_MS, ...options };
    this.warmup = options.warmUp ? 'pending' : 'off';
  }

  /** Resolves after the first attempt (and its warm-up), whether it succeeded or not. */
  start(): Promise<void> {
    return this.tryPrepare();
  }

  get isPrepared(): boolean {
    return this.prepared;
  }

  /**
   * The database came back from a restart on a cold JVM: warm it again
   * before /ready says ready, as after the first start (requests that come
   * meanwhile and run out of time hear SERVER_BUSY, not "ask for less").
   */
  databaseRestarted(): Promise<void> {
    if (!this.prepared || !this.options.warmUp) return Promise.resolve();
    return this.runWarmUp();
  }

  async report(): Promise<ReadinessReport> {
    const schema = this.prepared ? 'applied' : 'pending';
    const base = { schema, warmup: this.warmup } as const;
    const supervision = this.options.supervision?.();
    if (supervision && supervision.state !== 'running') {
      const { attempt, maxAttempts, lastExit } = supervision;
      return { ...base, ready: false, database: supervision.state, restart: { attempt, maxAttempts, lastExit } };
    }
    const ping = await this.pingWithinDeadline();
    if (ping instanceof Error) return { ...base, ready: false, database: 'unreachable', detail: ping.message };
    if (ping === 'busy' && !this.executor.load.answeredWithin(this.options.unresponsiveAfterMs)) {
      return {
        ...base,
        ready: false,
        database: 'unresponsive',
        detail: `no answer from the database for ${this.executor.load.msSinceLastAnswer} ms`,
      };
    }
    const database = ping === 'busy' ? 'busy' : 'reachable';
    if (!this.prepared) return { ...base, ready: false, database, detail: this.lastError };
    return { ...base, ready: this.warmup === 'done' || this.warmup === 'off', database };
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** 'ok', 'busy' (no connection or no answer in time: load), or the connectivity error. */
  private async pingWithinDeadline(): Promise<'ok' | 'busy' | Error> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'busy'>((resolve) => {
      timer = setTimeout(() => resolve('busy'), this.options.pingTimeoutMs);
    });
    const ping = this.executor.ping().then(
      () => 'ok' as const,
      (error: Error) => (error instanceof ServerBusyError ? ('busy' as const) : error),
    );
    try {
      return await Promise.race([ping, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private tryPrepare(): Promise<void> {
    this.attempt ??= this.prepare()
      .then(() => {
        this.prepared = true;
        this.lastError = undefined;
        this.logger.info('database prepared: schema applied, graph seeded');
        return this.runWarmUp();
      })
      .catch((error: Error) => {
        this.lastError = error.message;
        this.logger.warn({ err: error.message }, 'database not ready; will retry');
        if (!this.stopped) this.timer = setTimeout(() => void this.tryPrepare(), this.options.retryMs).unref();
      })
      .finally(() => {
        this.attempt = undefined;
      });
    return this.attempt;
  }

  /**
   * A failed warm-up does not keep the server unready: it only makes the
   * first requests slower, which is better than refusing them.
   */
  private runWarmUp(): Promise<void> {
    const warmUp = this.options.warmUp;
    if (!warmUp) return Promise.resolve();
    this.warming ??= (async () => {
      this.warmup = 'warming';
      this.executor.load.warming = true;
      try {
        await warmUp();
      } catch (error) {
        this.logger.warn({ err: (error as Error).message }, 'warm-up failed; the first requests will be slower');
      } finally {
        this.warmup = 'done';
        this.executor.load.warming = false;
        this.warming = undefined;
      }
    })();
    return this.warming;
  }
}
