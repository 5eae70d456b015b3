import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import type { Params } from './executor';
import { specialiseQuery } from './query-specialise';

const queriesDir = path.join(repoRoot, 'cypher', 'queries');
const fragmentsDir = path.join(repoRoot, 'cypher', 'fragments');
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
    text = withFragments(fs.readFileSync(path.join(queriesDir, `${name}.cypher`), 'utf8'), name);
    cache.set(name, text);
  }
  return text;
}

const INCLUDE = /^([ \t]*)\/\/\s*@include\b(.*)$/gm;

/**
 * Each `// @include <fragment>` line replaced by the lines of
 * `cypher/fragments/<fragment>.cypher`, at the line's indentation: one text
 * for a block several queries (or one query twice) need, such as the typed
 * relationship patterns of the neighbour queries. Fragments include nothing.
 */
export function withFragments(text: string, name: string): string {
  return text.replace(INCLUDE, (_line, indent: string, rest: string) => {
    const fragment = rest.trim();
    if (!/^[a-z0-9-]+$/.test(fragment))
      throw new Error(`Named query ${name}: bad fragment name "${fragment}" after @include`);
    const file = path.join(fragmentsDir, `${fragment}.cypher`);
    if (!fs.existsSync(file))
      throw new Error(
        `Named query ${name} includes ${fragment}, but cypher/fragments/${fragment}.cypher does not exist`,
      );
    const lines = fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
    if (lines.some((line) => /^\s*\/\/\s*@include\b/.test(line)))
      throw new Error(`Fragment ${fragment} includes another; fragments include nothing`);
    return lines.map((line) => indent + line).join('\n');
  });
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
