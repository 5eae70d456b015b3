import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import type { Params } from './executor';
import { specialiseQuery } from './query-specialise';

const queriesDir = path.join(repoRoot, 'cypher', 'queries');
const cache = new Map<string, string>();

/**
 * The Cypher of `cypher/queries/<name>.cypher`. Queries live in files so
 * they can be reviewed and run in any Neo4j client; values always travel
 * as parameters, never inside the text.
 */
export function namedQuery(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Bad query name "${name}"`);
    text = fs.readFileSync(path.join(queriesDir, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** `namedQuery(name)` with its `// @if` blocks resolved for `params` (query-specialise.ts). */
export function specialisedQuery(name: string, params: Params): string {
  return specialiseQuery(namedQuery(name), params, name);
}

/** Whether any `// @if` or `// @elif` condition of a named query reads `word` (a parameter or a flag). */
export function takesCondition(name: string, word: string): boolean {
  const conditionLine = new RegExp(`^\\s*//\\s*@(if|elif)\\b.*\\b${word}\\b`, 'm');
  return conditionLine.test(namedQuery(name));
}
