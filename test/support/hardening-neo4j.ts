import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { Executor } from '../../src/db/executor';
import { freePort } from '../../src/db/free-port';
import { createLogger } from '../../src/logger';
import { runJvmOptions } from './class-sharing';

/**
 * A Neo4j of the fault tests' own (not the run's shared one), under
 * .neo4j/hardening-faults-<pid>, on one port chosen once: stopped, killed
 * and started again it keeps its URI and its data, so a server pointed at it
 * must notice the outage and the recovery by itself.
 */
export class FaultNeo4j {
  private running: EmbeddedNeo4j | undefined;
  private constructor(
    readonly home: string,
    readonly port: number,
  ) {}

  static async create(): Promise<FaultNeo4j> {
    const home = path.join(repoRoot, '.neo4j', `hardening-faults-${process.pid}`);
    fs.rmSync(home, { recursive: true, force: true });
    return new FaultNeo4j(home, await freePort());
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Starts (or restarts) Neo4j on the same store and port. */
  async start(): Promise<number> {
    const started = Date.now();
    this.running = await startEmbeddedNeo4j({
      home: this.home,
      port: this.port,
      pageCacheMb: 64,
      heapMb: 512,
      jvmOptions: runJvmOptions(),
      logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'fault-neo4j'),
    });
    return Date.now() - started;
  }

  /** A clean shutdown, as an operator's restart would do. */
  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }

  /** SIGKILL: the JVM dies mid-write, as in a crash or an OOM kill. */
  async kill(): Promise<void> {
    if (!this.running) return;
    process.kill(this.running.pid, 'SIGKILL');
    // stop() waits for the exit and removes the pid file.
    await this.running.stop();
    this.running = undefined;
  }

  /** A driver of the test's own, to look at the graph directly. */
  connect(): { executor: Executor; close(): Promise<void> } {
    const driver = createDriver(this.uri, { user: 'neo4j', password: '' }, true);
    return { executor: new Executor(driver, 'neo4j'), close: () => driver.close() };
  }

  async remove(): Promise<void> {
    await this.stop();
    fs.rmSync(this.home, { recursive: true, force: true });
  }
}
