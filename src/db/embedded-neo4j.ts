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
  const { home, port, ...shared } = options;
  const group = await startEmbeddedNeo4jGroup({ ...shared, stores: [{ home, port }] });
  return { uri: group.uris[0], pid: group.pid, exited: group.exited, stop: group.stop };
}

/** Several stores served by one JVM. */
export interface EmbeddedNeo4jGroup {
  /** One Bolt URI per store, in the order they were given. */
  uris: string[];
  pid: number;
  exited: Promise<JvmExit>;
  /** Stops the JVM and with it every store. */
  stop(): Promise<void>;
}

export interface EmbeddedGroupOptions extends Omit<EmbeddedOptions, 'home' | 'port'> {
  stores: readonly { home: string; port?: number }[];
}

/**
 * Starts one JVM serving several stores, each with its own files and Bolt
 * port. The stores pay for one JVM's start, heap and compiled code instead
 * of one each: the test run's stores, which compile the same Cypher planner
 * code all run long, share one this way. `heapMb` is the whole JVM's.
 */
export async function startEmbeddedNeo4jGroup(options: EmbeddedGroupOptions): Promise<EmbeddedNeo4jGroup> {
  const { logger } = options;
  requireJava17();
  const classpath = await launcherClasspath();
  const homes = options.stores.map((store) => store.home);
  for (const home of homes) await claimStore(home, options.fresh ?? false, logger);

  const ports: number[] = [];
  for (const store of options.stores) ports.push(store.port ?? (await freePort()));
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
      ...homes.flatMap((home, index) => [home, String(ports[index]), String(options.pageCacheMb)]),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  if (jvm.pid === undefined) throw new Error('Could not start java for the embedded Neo4j');
  const launcherPid = jvm.pid;
  const pidFiles = homes.map((home) => path.join(home, 'launcher.pid'));
  for (const pidFile of pidFiles) fs.writeFileSync(pidFile, String(launcherPid));
  const announce = (ready: boolean) =>
    homes.forEach((home, index) =>
      writeStoreOwner(home, {
        ownerPid: process.pid,
        launcherPid,
        uri: `bolt://127.0.0.1:${ports[index]}`,
        ready,
        startedAt: new Date().toISOString(),
      }),
    );
  // Announced before it is ready, so another process never takes a
  // launcher that is still starting for one left behind.
  announce(false);
  logger.info({ pid: launcherPid, ports, homes }, 'starting embedded Neo4j');

  let stopRequested = false;
  const exited = new Promise<JvmExit>((resolve) =>
    jvm.once('exit', (code, signal) => {
      // The pid file names a live launcher only; the owner file stays while
      // this process lives and may restart the database (neo4j-supervisor.ts).
      if (!stopRequested) for (const pidFile of pidFiles) fs.rmSync(pidFile, { force: true });
      resolve({ code, signal, requested: stopRequested });
    }),
  );
  const uris = await waitUntilReady(jvm, homes.length, options.startTimeoutMs ?? 180_000, logger);
  announce(true);
  logger.info({ uris }, 'embedded Neo4j ready');
  let stopping: Promise<void> | undefined;
  return {
    uris,
    pid: launcherPid,
    exited,
    stop: () => {
      stopRequested = true;
      return (stopping ??= stopJvm(jvm, pidFiles, homes, logger));
    },
  };
}

/**
 * Makes `home` ours to start: refuses a store another live process serves,
 * stops a launcher an earlier run left behind, and empties it when `fresh`.
 */
async function claimStore(home: string, fresh: boolean, logger: Logger): Promise<void> {
  fs.mkdirSync(home, { recursive: true });
  // Never stop a database another live process works with (a running
  // server, beside which the command line was started).
  const owner = liveForeignOwner(home);
  if (owner) throw new StoreInUseError(home, owner);
  const stalePid = await stopStaleLauncher(path.join(home, 'launcher.pid'));
  if (stalePid) logger.warn({ pid: stalePid }, 'stopped an embedded Neo4j left behind by an earlier run');
  if (fresh) {
    fs.rmSync(home, { recursive: true, force: true });
    fs.mkdirSync(home, { recursive: true });
  }
}

/** Resolves with the URI of each of the `count` stores once the last is available. */
function waitUntilReady(
  jvm: ChildProcessWithoutNullStreams,
  count: number,
  timeoutMs: number,
  logger: Logger,
): Promise<string[]> {
  const errorTail: string[] = [];
  readline.createInterface({ input: jvm.stderr }).on('line', (line) => {
    errorTail.push(line);
    if (errorTail.length > 40) errorTail.shift();
    logger.debug({ neo4j: line }, 'embedded Neo4j stderr');
  });
  return new Promise((resolve, reject) => {
    const uris: string[] = [];
    const timer = setTimeout(() => {
      jvm.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j was not ready after ${timeoutMs} ms:\n${errorTail.join('\n')}`));
    }, timeoutMs);
    readline.createInterface({ input: jvm.stdout }).on('line', (line) => {
      if (line.startsWith(readyLine)) {
        uris.push(line.slice(readyLine.length).trim());
        if (uris.length < count) return;
        clearTimeout(timer);
        resolve(uris);
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
  pidFiles: readonly string[],
  homes: readonly string[],
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
  for (const pidFile of pidFiles) fs.rmSync(pidFile, { force: true });
  for (const home of homes) removeStoreOwner(home);
  logger.info('embedded Neo4j stopped');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
