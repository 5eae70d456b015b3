import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, repoRoot } from '../../src/config';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { launcherClasspath } from '../../src/db/launcher-build';
import type { Logger } from '../../src/logger';

/**
 * JVM flags for every Neo4j a test run starts after global setup: the
 * private ones of the fault, reliability and seeding suites, and those the
 * CLI children start (all read NEO4J_EMBEDDED_JVM_OPTIONS). A run starts
 * some fifteen such JVMs, each living a minute or two, and on two cores each
 * start is seconds of CPU:
 *
 * - The client compiler only: C2 compiles Neo4j on the same two cores the
 *   tests need. Measured here: a start takes about half as long.
 * - A class-data-sharing archive of the classes a started Neo4j has loaded:
 *   a JVM then maps them instead of loading and verifying some ten thousand
 *   classes from the jars (a start again about half as long).
 */
export const QUICK_START_OPTIONS = ['-XX:TieredStopAtLevel=1'];

/**
 * The archive is kept beside the launcher build it was made from: the first
 * run after a build writes it beside its shared stores' start, and a later
 * run finds it ready, so even its shared stores start with it. The JVM
 * checks an archive against its classpath and its own build when it maps
 * it, and starts without one (slower, nothing else) when they differ.
 */
const SHARING_ARCHIVE = path.join(repoRoot, 'launcher', 'target', 'launcher.jsa');

/** The flag that maps the archive. */
export function sharingOption(): string {
  return `-XX:SharedArchiveFile=${SHARING_ARCHIVE}`;
}

/** True when the kept archive is younger than the launcher jar and classpath it was made from. */
export async function hasFreshArchive(): Promise<boolean> {
  if (!fs.existsSync(SHARING_ARCHIVE)) return false;
  const archived = fs.statSync(SHARING_ARCHIVE).mtimeMs;
  // Builds the launcher first when it is stale: the archive is then older.
  await launcherClasspath();
  const built = ['neo4j-embedded-launcher.jar', 'classpath.txt'].map(
    (name) => fs.statSync(path.join(repoRoot, 'launcher', 'target', name)).mtimeMs,
  );
  return built.every((mtime) => mtime <= archived);
}

/**
 * Starts and stops one throwaway Neo4j that writes the archive as it exits,
 * to a name of its own first so a reader never maps half a file; returns
 * the options that use it. Without an archive (the JVM could not write one)
 * the quick-start options alone.
 */
export async function writeSharingArchive(logger: Logger): Promise<string[]> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-class-sharing-'));
  const partial = path.join(home, 'launcher.jsa');
  try {
    const probe = await startEmbeddedNeo4j({
      home: path.join(home, 'store'),
      pageCacheMb: 16,
      heapMb: 256,
      logger,
      fresh: true,
      jvmOptions: [...QUICK_START_OPTIONS, `-XX:ArchiveClassesAtExit=${partial}`],
    });
    await probe.stop();
    if (!fs.existsSync(partial)) {
      logger.warn({ archive: partial }, 'no class-data-sharing archive was written: the test JVMs start without one');
      return QUICK_START_OPTIONS;
    }
    fs.copyFileSync(partial, `${SHARING_ARCHIVE}.${process.pid}`);
    fs.renameSync(`${SHARING_ARCHIVE}.${process.pid}`, SHARING_ARCHIVE);
    return [...QUICK_START_OPTIONS, sharingOption()];
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** The run's JVM options (set by global setup), for tests that start a Neo4j of their own. */
export function runJvmOptions(): string[] {
  return loadConfig().neo4j.embedded.jvmOptions;
}
