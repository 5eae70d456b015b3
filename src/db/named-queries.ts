import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import type { Params } from './executor';
import { builtQuery } from '../cypher/built-queries';
import { specialiseQuery } from './query-specialise';

const queriesDir = path.join(repoRoot, 'cypher', 'queries');
const fragmentsDir = path.join(repoRoot, 'cypher', 'fragments');
const cache = new Map<string, string>();

/**
 * The Cypher of `cypher/queries/<name>.cypher`. Queries live in files so
 * they can be reviewed and run in any Neo4j client; values always travel
 * as parameters, never inside the text. A query built from the model
 * (src/cypher/built-queries.ts) answers by the same name when its text is
 * one; one built per parameters is asked for with specialisedQuery.
 */
export function namedQuery(name: string): string {
  const built = builtQuery(name);
  if (built) {
    if (built.conditions.length > 0)
      throw new Error(`Named query ${name} is built per parameters: ask specialisedQuery for its text`);
    return built.text({});
  }
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

/**
 * The text of a named query for `params`: a built query's variant, or the
 * file's text with its `// @if` blocks resolved (query-specialise.ts).
 */
export function specialisedQuery(name: string, params: Params): string {
  const built = builtQuery(name);
  if (built) return built.text(params);
  return specialiseQuery(namedQuery(name), params, name);
}

/** Whether a named query's text depends on `word` (a parameter or a flag): a built query's condition, or a file's `// @if`/`// @elif`. */
export function takesCondition(name: string, word: string): boolean {
  const built = builtQuery(name);
  if (built) return built.conditions.includes(word);
  const conditionLine = new RegExp(`^\\s*//\\s*@(if|elif)\\b.*\\b${word}\\b`, 'm');
  return conditionLine.test(namedQuery(name));
}
