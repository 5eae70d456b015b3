import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

export interface SeedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The last "written/total" the seeder reported before it ended. */
  written: number;
  total: number;
  ms: number;
}

/**
 * `node dist/src/cli.js seed`, the command an operator runs, as a child
 * process against `uri` with the corpus in `seedDir`. `onProgress` sees each
 * progress report and may act on it (kill the seeder, kill Neo4j).
 */
export function runSeeder(
  seedDir: string,
  uri: string,
  onProgress?: (written: number, total: number, child: ReturnType<typeof spawn>) => void,
): Promise<SeedRun> {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: build first (npx tsc -p tsconfig.json)`);
  const started = Date.now();
  const child = spawn(process.execPath, [cli, 'seed'], {
    env: { ...process.env, SEED_DIR: seedDir, NEO4J_URI: uri, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let written = 0;
  let total = 0;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    stderr += text;
    for (const match of text.matchAll(/seeding \w+: (\d+)\/(\d+)/g)) {
      written = Number(match[1]);
      total = Number(match[2]);
      onProgress?.(written, total, child);
    }
  });
  return new Promise((resolve) => {
    child.once('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, written, total, ms: Date.now() - started }),
    );
  });
}
