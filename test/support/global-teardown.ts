import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import type { EmbeddedNeo4jGroup } from '../../src/db/embedded-neo4j';
import { TEST_STORE_PREFIX } from './test-database';

/**
 * Ends the JVM serving the stores global-setup started, and removes them.
 * They are thrown away, so the JVM is killed: a clean shutdown would
 * checkpoint every store only to delete it, seconds at the end of each run.
 */
export default async function globalTeardown(): Promise<void> {
  const stores = (globalThis as Record<string, unknown>).__peacegraphNeo4j as EmbeddedNeo4jGroup[] | undefined;
  if (!stores) return;
  await Promise.all(stores.map(discard));
  const root = path.join(repoRoot, '.neo4j');
  for (const name of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    if (name.startsWith(`${TEST_STORE_PREFIX}${process.pid}-`))
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

async function discard(store: EmbeddedNeo4jGroup): Promise<void> {
  try {
    process.kill(store.pid, 'SIGKILL');
  } catch {
    // Already gone: nothing to end.
  }
  await store.exited;
}
