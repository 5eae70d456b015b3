import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { loadCorpus } from '../../src/seed/load-corpus';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `peacegraph-${prefix}-`));
}

export function copySeedDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
  // Copies of read-only article files must stay writable for the breakers.
  for (const sub of ['annotations', 'articles']) {
    for (const name of fs.readdirSync(path.join(to, sub))) fs.chmodSync(path.join(to, sub, name), 0o644);
  }
}

/**
 * A copy of `baseDir` plus `_bulk.yaml`: `actors` extra actors, each a
 * MEMBER_OF the previous one (provenance: `articleId`, an article of the
 * base), so the seeder has thousands of rows to write in its one
 * transaction and takes long enough to be killed half-way.
 */
export function writeBulkCorpus(dir: string, actors: number, baseDir: string, articleId: string): void {
  copySeedDir(baseDir, dir);
  const lines = ['# Synthetic bulk for the hardening tests: many actors and relations.', 'actors:'];
  for (let index = 0; index < actors; index++) {
    lines.push(
      `  - { id: actor-bulk-${index}, name: Bulk actor ${index}, kind: ORGANISATION, aliases: [Bulk ${index}] }`,
    );
  }
  lines.push('relations:');
  for (let index = 1; index < actors; index++) {
    lines.push(
      `  - { type: MEMBER_OF, from: actor-bulk-${index}, to: actor-bulk-${index - 1}, article: ${articleId} }`,
    );
  }
  fs.writeFileSync(path.join(dir, 'annotations', '_bulk.yaml'), `${lines.join('\n')}\n`);
}

/**
 * Where the bad-annotation copies and the fault tests' corpus start from:
 * the project's real annotations, the corpus global setup seeds. Loaded
 * here so a corpus the validator refuses fails the suite at once.
 */
export async function baseSeedDir(): Promise<{ dir: string; name: string }> {
  const real = path.join(repoRoot, 'seed');
  await loadCorpus(real);
  return { dir: real, name: 'seed/ (the real annotations)' };
}
