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
import { liveForeignOwner, removeStoreOwner, StoreInUseError, writeStoreOwner } from './store-owner';

export interface EmbeddedOptions {
  /** Store, logs and pid file live here; it survives restarts. */
  home: string;
  pageCacheMb: number;
  heapMb: number;
  /** Extra JVM flags (NEO4J_EMBEDDED_JVM_OPTIONS), before the classpath. */
  jvmOptions?: readonly string[];
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
  /** Resolves when the JVM exits; `requested` when stop() asked it to. */
  exited: Promise<JvmExit>;
  stop(): Promise<void>;
}

export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  requested: boolean;
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
  // Never stop a database another live process works with (a running
  // server, beside which the command line was started).
  const owner = liveForeignOwner(home);
  if (owner) throw new StoreInUseError(home, owner);
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
      ...(options.jvmOptions ?? []),
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
  const launcherPid = jvm.pid;
  fs.writeFileSync(pidFile, String(launcherPid));
  const announce = (ready: boolean) =>
    writeStoreOwner(home, {
      ownerPid: process.pid,
      launcherPid,
      uri: `bolt://127.0.0.1:${port}`,
      ready,
      startedAt: new Date().toISOString(),
    });
  // Announced before it is ready, so another process never takes a
  // launcher that is still starting for one left behind.
  announce(false);
  logger.info({ pid: launcherPid, port, home }, 'starting embedded Neo4j');

  let stopRequested = false;
  const exited = new Promise<JvmExit>((resolve) =>
    jvm.once('exit', (code, signal) => {
      // The pid file names a live launcher only; the owner file stays while
      // this process lives and may restart the database (neo4j-supervisor.ts).
      if (!stopRequested) fs.rmSync(pidFile, { force: true });
      resolve({ code, signal, requested: stopRequested });
    }),
  );
  const uri = await waitUntilReady(jvm, options.startTimeoutMs ?? 180_000, logger);
  announce(true);
  logger.info({ uri }, 'embedded Neo4j ready');
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: launcherPid,
    exited,
    stop: () => {
      stopRequested = true;
      return (stopping ??= stopJvm(jvm, pidFile, home, logger));
    },
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
async function stopJvm(
  jvm: ChildProcessWithoutNullStreams,
  pidFile: string,
  home: string,
  logger: Logger,
): Promise<void> {
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
  removeStoreOwner(home);
  logger.info('embedded Neo4j stopped');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
