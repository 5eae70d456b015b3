import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import type { EmbeddedNeo4j } from '../../src/db/embedded-neo4j';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__peacegraphNeo4j as EmbeddedNeo4j | undefined;
  if (!embedded) return;
  await embedded.stop();
  fs.rmSync(path.join(repoRoot, '.neo4j', `test-${process.pid}`), { recursive: true, force: true });
}
