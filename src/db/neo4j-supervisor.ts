import type { Logger } from '../logger';
import type { EmbeddedNeo4j, JvmExit } from './embedded-neo4j';
import { isPortFree } from './port-free';

export interface SupervisionStatus {
  state: 'running' | 'restarting' | 'failed';
  /** The restart attempt under way (0 while running). */
  attempt: number;
  maxAttempts: number;
  /** Restarts that succeeded since this process started. */
  restarts: number;
  /** How the last unexpected exit looked, e.g. "signal SIGKILL". */
  lastExit?: string;
}

export interface SupervisorOptions {
  /** Failed restarts in a row before giving up (NEO4J_RESTART_ATTEMPTS). */
  maxAttempts: number;
  /** Pause before the first restart attempt, doubled for each next one (NEO4J_RESTART_BACKOFF_MS). */
  backoffMs: number;
  /** A Neo4j that dies sooner than this after a restart counts as another failed attempt. */
  stableMs?: number;
  /** Starts the launcher on the same store, on `port` if given. */
  start: (port: number | undefined) => Promise<EmbeddedNeo4j>;
  /** The database is back; `uriChanged` when it had to take another port. */
  onRestarted: (neo4j: EmbeddedNeo4j, uriChanged: boolean) => Promise<void>;
  /** Every attempt failed: the process should exit so its own supervisor takes over. */
  onGiveUp: (error: Error) => void;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Watches the embedded Neo4j this process started. When the JVM exits
 * without being asked to (killed, crashed, out of memory) it logs the exit
 * and starts it again on the same store, with a growing pause between
 * attempts; Bolt comes back on the same port when it is still free, so the
 * driver's pool reconnects by itself. After `maxAttempts` failures in a row
 * it gives up and says so, rather than serve 503 forever in silence.
 */
export class Neo4jSupervisor {
  private running: EmbeddedNeo4j;
  private state: SupervisionStatus['state'] = 'running';
  private attempt = 0;
  private restarts = 0;
  private lastExit: string | undefined;
  private startedAt = Date.now();
  private failuresInARow = 0;
  private stopping = false;
  private starting: Promise<EmbeddedNeo4j> | undefined;
  private readonly stableMs: number;

  constructor(
    first: EmbeddedNeo4j,
    private readonly logger: Logger,
    private readonly options: SupervisorOptions,
  ) {
    this.running = first;
    this.stableMs = options.stableMs ?? 60_000;
    this.watch(first);
  }

  get current(): EmbeddedNeo4j {
    return this.running;
  }

  status(): SupervisionStatus {
    return {
      state: this.state,
      attempt: this.attempt,
      maxAttempts: this.options.maxAttempts,
      restarts: this.restarts,
      lastExit: this.lastExit,
    };
  }

  /** Stops supervising and stops the database (waiting for a restart under way to finish first). */
  async stop(): Promise<void> {
    this.stopping = true;
    const started = await this.starting?.catch(() => undefined);
    await started?.stop();
    await this.running.stop();
  }

  private watch(neo4j: EmbeddedNeo4j): void {
    void neo4j.exited.then((exit) => {
      if (exit.requested || this.stopping || neo4j !== this.running) return;
      void this.restart(neo4j, exit);
    });
  }

  private async restart(dead: EmbeddedNeo4j, exit: JvmExit): Promise<void> {
    this.lastExit = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
    // Died soon after the last (re)start: the same fault again, not a new one.
    if (Date.now() - this.startedAt < this.stableMs && this.restarts > 0) this.failuresInARow++;
    else this.failuresInARow = 0;
    this.logger.error(
      { pid: dead.pid, uri: dead.uri, exit: this.lastExit },
      'embedded Neo4j exited unexpectedly; restarting it on the same store',
    );
    this.state = 'restarting';
    const port = Number(new URL(dead.uri).port);
    while (!this.stopping) {
      if (this.failuresInARow >= this.options.maxAttempts) return this.giveUp();
      this.attempt = this.failuresInARow + 1;
      await delay(Math.min(this.options.backoffMs * 2 ** this.failuresInARow, MAX_BACKOFF_MS));
      if (this.stopping) return;
      try {
        const samePort = await isPortFree(port);
        this.starting = this.options.start(samePort ? port : undefined);
        const next = await this.starting;
        if (this.stopping) return void (await next.stop());
        this.running = next;
        this.startedAt = Date.now();
        this.restarts++;
        this.state = 'running';
        this.logger.info(
          { pid: next.pid, uri: next.uri, attempt: this.attempt, restarts: this.restarts },
          'embedded Neo4j restarted',
        );
        this.attempt = 0;
        this.watch(next);
        await this.options.onRestarted(next, next.uri !== dead.uri);
        return;
      } catch (error) {
        this.failuresInARow++;
        this.logger.error({ err: (error as Error).message, attempt: this.attempt }, 'embedded Neo4j restart failed');
      } finally {
        this.starting = undefined;
      }
    }
  }

  private giveUp(): void {
    this.state = 'failed';
    const error = new Error(
      `The embedded Neo4j could not be restarted after ${this.options.maxAttempts} attempts (last exit: ${this.lastExit})`,
    );
    this.logger.fatal({ attempts: this.options.maxAttempts, exit: this.lastExit }, error.message);
    this.options.onGiveUp(error);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
