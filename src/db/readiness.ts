import type { Logger } from '../logger';
import type { Executor } from './executor';

export interface ReadinessReport {
  ready: boolean;
  database: 'reachable' | 'unreachable';
  schema: 'applied' | 'pending';
  detail?: string;
}

/**
 * Knows whether the API can serve: Neo4j answers and the one-time
 * preparation (schema, seed when empty) has succeeded. Until then it retries
 * the preparation in the background, so a server started while Neo4j is
 * down becomes ready by itself once Neo4j is back.
 */
export class Readiness {
  private prepared = false;
  private lastError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly executor: Executor,
    private readonly prepare: () => Promise<void>,
    private readonly logger: Logger,
    private readonly retryMs = 2_000,
  ) {}

  /** Resolves after the first attempt, whether it succeeded or not. */
  start(): Promise<void> {
    return this.tryPrepare();
  }

  get isPrepared(): boolean {
    return this.prepared;
  }

  async report(): Promise<ReadinessReport> {
    try {
      await this.executor.ping();
    } catch (error) {
      return {
        ready: false,
        database: 'unreachable',
        schema: this.prepared ? 'applied' : 'pending',
        detail: (error as Error).message,
      };
    }
    if (!this.prepared) return { ready: false, database: 'reachable', schema: 'pending', detail: this.lastError };
    return { ready: true, database: 'reachable', schema: 'applied' };
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private tryPrepare(): Promise<void> {
    this.attempt ??= this.prepare()
      .then(() => {
        this.prepared = true;
        this.lastError = undefined;
        this.logger.info('database prepared: schema applied, graph seeded');
      })
      .catch((error: Error) => {
        this.lastError = error.message;
        this.logger.warn({ err: error.message }, 'database not ready; will retry');
        if (!this.stopped) this.timer = setTimeout(() => void this.tryPrepare(), this.retryMs).unref();
      })
      .finally(() => {
        this.attempt = undefined;
      });
    return this.attempt;
  }
}
