import os from 'node:os';
import { repoRoot } from '../config';

// Where the server's files are: the checkout (source, dist, node_modules,
// seed) and the home and temporary directories, the usual roots of anything
// else it reads. Longest first, so the checkout wins over a home above it.
const roots = [repoRoot, os.homedir(), os.tmpdir()]
  .filter((root) => root.length > 1)
  .sort((a, b) => b.length - a.length);

/**
 * A message with the server's own directories cut out (`<server>/seed/x.yaml`
 * instead of the absolute path), so an error that quotes a file, e.g. one
 * the seeder or Node itself wrote, does not tell clients how the server is
 * laid out.
 */
export function withoutServerPaths(message: string): string {
  let result = message;
  for (const root of roots) result = result.split(root).join('<server>');
  return result;
}
