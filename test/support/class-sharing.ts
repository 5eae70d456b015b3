import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
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
 * - A class-data-sharing archive of the classes a started Neo4j has loaded,
 *   written once per run: a JVM then maps them instead of loading and
 *   verifying some ten thousand classes from the jars (a start again about
 *   half as long).
 */
export const QUICK_START_OPTIONS = ['-XX:TieredStopAtLevel=1'];

/**
 * Starts and stops one throwaway Neo4j under `home` that writes the archive
 * as it exits; returns the options that use it. Without an archive (the JVM
 * could not write one) the quick-start options alone.
 */
export async function sharingArchiveOptions(home: string, logger: Logger): Promise<string[]> {
  const archive = path.join(home, 'launcher.jsa');
  fs.mkdirSync(home, { recursive: true });
  const probe = await startEmbeddedNeo4j({
    home: path.join(home, 'store'),
    pageCacheMb: 16,
    heapMb: 256,
    logger,
    fresh: true,
    jvmOptions: [...QUICK_START_OPTIONS, `-XX:ArchiveClassesAtExit=${archive}`],
  });
  await probe.stop();
  fs.rmSync(path.join(home, 'store'), { recursive: true, force: true });
  if (!fs.existsSync(archive)) {
    logger.warn({ archive }, 'no class-data-sharing archive was written: the test JVMs start without one');
    return QUICK_START_OPTIONS;
  }
  return [...QUICK_START_OPTIONS, `-XX:SharedArchiveFile=${archive}`];
}

/** The run's JVM options (set by global setup), for tests that start a Neo4j of their own. */
export function runJvmOptions(): string[] {
  return loadConfig().neo4j.embedded.jvmOptions;
}
