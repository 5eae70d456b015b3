import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import type { Params } from './executor';
import { builtQuery } from '../cypher/built-queries';

const queriesDir = path.join(repoRoot, 'cypher', 'queries');
const cache = new Map<string, string>();

/**
 * The Cypher of `cypher/queries/<name>.cypher`. Queries that are one of a
 * kind (search by name, analytics, seeding) live in files so they can be
 * reviewed and run in any Neo4j client, as they run; values always travel
 * as parameters, never inside the text. A query built from the model or a
 * declaration (src/cypher/built-queries.ts) answers by the same name when
 * its text is one; one built per parameters is asked for with specialisedQuery.
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
    text = fs.readFileSync(path.join(queriesDir, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The text of a named query for `params`: a built query's variant, or the file's one text. */
export function specialisedQuery(name: string, params: Params): string {
  const built = builtQuery(name);
  if (built) return built.text(params);
  return namedQuery(name);
}

/** Whether a named query's text depends on `word` (a parameter or a flag): only a built query's can. */
export function takesCondition(name: string, word: string): boolean {
  return builtQuery(name)?.conditions.includes(word) ?? false;
}
