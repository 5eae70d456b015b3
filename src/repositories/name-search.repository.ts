// The name search: actors, territories and events as people type them,
// ranked (src/search/name-query.ts says how the words are matched).
import { int } from 'neo4j-driver';
import { BadUserInputError } from '../errors/api-errors';
import type { NamedLabel } from '../model/name-match.type';
import type { NameMatch } from '../model/name-match.type';
import type { Node } from '../model/node.interface';
import { currentMaxPageSize } from '../model/page-size';
import { MAX_NAME_SEARCH_WORDS, MAX_NAME_WORD_LENGTH, nameSearchQuery, nameSearchWords } from '../search/name-query';
import type { DataAccess } from './data-access';
import type { Props } from './node-mapper';
import { toNode } from './node-mapper';
import { readNamed } from './query-runner';

interface NameSearchRow {
  labels: string[];
  node: Props;
  score: number;
  exact: boolean;
}

/** Index hits ranked per search: enough that a label filter and exact matches rarely leave a page short. */
const CANDIDATES_PER_RESULT = 5;

export async function searchNames(
  data: DataAccess,
  text: string,
  labels: readonly NamedLabel[] | null | undefined,
  first: number,
): Promise<NameMatch[]> {
  const words = nameSearchWords(text);
  if (words.length === 0)
    throw new BadUserInputError('text must hold at least one letter or digit', { argument: 'text' });
  if (words.length > MAX_NAME_SEARCH_WORDS)
    throw new BadUserInputError(`text may have at most ${MAX_NAME_SEARCH_WORDS} words, got ${words.length}`, {
      argument: 'text',
    });
  const long = words.find((word) => word.length > MAX_NAME_WORD_LENGTH);
  if (long)
    throw new BadUserInputError(`a word of text may have at most ${MAX_NAME_WORD_LENGTH} letters, got ${long.length}`, {
      argument: 'text',
    });
  const max = currentMaxPageSize();
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw new BadUserInputError(`first must be between 1 and ${max}, got ${first}`, { argument: 'first' });
  const rows = await readNamed<NameSearchRow & Record<string, unknown>>(data, {
    name: 'name-search',
    params: {
      query: nameSearchQuery(words),
      phrase: words.join(' '),
      labels: labels && labels.length > 0 ? [...labels] : null,
      // Cypher's LIMIT takes integers; plain JS numbers travel as floats.
      first: int(first),
      candidates: int(first * CANDIDATES_PER_RESULT),
    },
  });
  return rows.flatMap((row) => {
    const node = toNode(row.labels, row.node);
    return node ? [{ node: node as Node, exact: row.exact, score: Number(row.score) }] : [];
  });
}
