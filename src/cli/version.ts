import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';

/** The version in package.json, read where it lies so it cannot drift from what npm knows. */
export function packageVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
