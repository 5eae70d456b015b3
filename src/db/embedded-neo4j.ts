import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Logger } from '../logger';
import { freePort } from './free-port';
import { NEO4J_ADD_OPENS } from './jvm-options';
import { requireJava17 } from './java-prerequisites';
import { launcherClasspath } from './launcher-build';
import { stopStaleLauncher } from './stale-launcher';

export interface EmbeddedOptions {
  /** Store, logs and pid file live here; it survives restarts. */
  home: string;
  pageCacheMb: number;
  heapMb: number;
  logger: Logger;
  startTimeoutMs?: number;
  /** Start from an empty store (tests); the default keeps the data. */
  fresh?: boolean;
  /**
   * Bolt port; by default a free one. Fixing it lets a restarted Neo4j come
   * back at the same URI, so a running server reconnects on its own.
   */
  port?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const readyLine = 'PEACEGRAPH_NEO4J_READY';

/**
 * Starts Neo4j Community in a child JVM with Bolt on a free loopback port and
 * resolves once the `neo4j` database is available.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const { home, logger } = options;
  requireJava17();
  const classpath = await launcherClasspath();
  fs.mkdirSync(home, { recursive: true });
  const pidFile = path.join(home, 'launcher.pid');
  const stalePid = await stopStaleLauncher(pidFile);
  if (stalePid) logger.warn({ pid: stalePid }, 'stopped an embedded Neo4j left behind by an earlier run');
  if (options.fresh) {
    fs.rmSync(home, { recursive: true, force: true });
    fs.mkdirSync(home, { recursive: true });
  }

  const port = options.port ?? (await freePort());
  const jvm = spawn(
    'java',
    [
      `-Xms${Math.min(256, options.heapMb)}m`,
      `-Xmx${options.heapMb}m`,
      ...NEO4J_ADD_OPENS,
      '-cp',
      classpath,
      'peacegraph.EmbeddedNeo4j',
      home,
      String(port),
      String(options.pageCacheMb),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  if (jvm.pid === undefined) throw new Error('Could not start java for the embedded Neo4j');
  fs.writeFileSync(pidFile, String(jvm.pid));
  logger.info({ pid: jvm.pid, port, home }, 'starting embedded Neo4j');

  const uri = await waitUntilReady(jvm, options.startTimeoutMs ?? 180_000, logger);
  logger.info({ uri }, 'embedded Neo4j ready');
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: jvm.pid,
    stop: () => (stopping ??= stopJvm(jvm, pidFile, logger)),
  };
}

function waitUntilReady(jvm: ChildProcessWithoutNullStreams, timeoutMs: number, logger: Logger): Promise<string> {
  const errorTail: string[] = [];
  readline.createInterface({ input: jvm.stderr }).on('line', (line) => {
    errorTail.push(line);
    if (errorTail.length > 40) errorTail.shift();
    logger.debug({ neo4j: line }, 'embedded Neo4j stderr');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      jvm.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j was not ready after ${timeoutMs} ms:\n${errorTail.join('\n')}`));
    }, timeoutMs);
    readline.createInterface({ input: jvm.stdout }).on('line', (line) => {
      if (line.startsWith(readyLine)) {
        clearTimeout(timer);
        resolve(line.slice(readyLine.length).trim());
      } else {
        logger.debug({ neo4j: line }, 'embedded Neo4j stdout');
      }
    });
    jvm.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded Neo4j exited with code ${code} before it was ready:\n${errorTail.join('\n')}`));
    });
  });
}

/** Closing its input asks the launcher to shut the store down cleanly. */
async function stopJvm(jvm: ChildProcessWithoutNullStreams, pidFile: string, logger: Logger): Promise<void> {
  if (jvm.exitCode === null && jvm.signalCode === null) {
    const exited = new Promise<void>((resolve) => jvm.once('exit', () => resolve()));
    jvm.stdin.end();
    const graceful = await Promise.race([exited.then(() => true), delay(30_000).then(() => false)]);
    if (!graceful) {
      logger.warn({ pid: jvm.pid }, 'embedded Neo4j did not stop in 30 s; killing it');
      jvm.kill('SIGKILL');
      await exited;
    }
  }
  fs.rmSync(pidFile, { force: true });
  logger.info('embedded Neo4j stopped');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
