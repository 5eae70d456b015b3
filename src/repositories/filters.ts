// User input that becomes query parameters: checked and normalised here, so
// bad input is a BAD_USER_INPUT error rather than an odd Cypher result.
import { BadUserInputError } from '../errors/api-errors';
import { DATE_PRECISIONS, DATE_VALUE_PATTERN, parseDateSpec } from '../domain/date-spec';
import { foldForSearch } from '../text/fold';

/** Folded words for the word-start search over searchText; null when there are none. */
export function searchWords(search: string | null | undefined): string[] | null {
  if (search == null) return null;
  const words = foldForSearch(search)
    .split(' ')
    .filter((word) => word !== '');
  return words.length > 0 ? words : null;
}

/** Lower-cased text for a plain substring filter; null when empty. */
export function containsText(search: string | null | undefined): string | null {
  if (search == null) return null;
  const text = search.toLowerCase().replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Each word is a required clause of one Lucene query, and Lucene refuses a
 * query of more than 1,024 clauses (TooManyClauses) only after Neo4j has
 * started it. A search of more words than anyone types is refused here,
 * before it reaches the database, with the argument named.
 */
export const MAX_SEARCH_WORDS = 32;

/**
 * A Lucene query in which every word the user typed must occur. Operators
 * the user types are escaped or folded away, so the input can never be a
 * syntax error; a trailing * is kept as a prefix search.
 */
export function fullTextQuery(search: string | null | undefined): string | null {
  if (search == null) return null;
  const terms = search
    .split(/\s+/)
    .map((word) => {
      const prefix = word.length > 1 && word.endsWith('*');
      // Folded like the index (so prefix terms, which Lucene does not analyse,
      // match too), which also turns AND, OR and NOT into plain words.
      const folded = foldForSearch(prefix ? word.slice(0, -1) : word);
      const escaped = folded.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
      return escaped === '' ? '' : `+${escaped}${prefix ? '*' : ''}`;
    })
    .filter((term) => term !== '');
  if (terms.length > MAX_SEARCH_WORDS) {
    throw new BadUserInputError(`search may have at most ${MAX_SEARCH_WORDS} words, got ${terms.length}`, {
      argument: 'search',
    });
  }
  return terms.length > 0 ? terms.join(' ') : null;
}

/** A date filter argument: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export function dateArgument(argument: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const precision = DATE_PRECISIONS[value.split('-').length - 1];
  const parsed = DATE_VALUE_PATTERN.test(value) && precision ? parseDateSpec({ value, precision }) : null;
  if (!parsed?.ok) {
    throw new BadUserInputError(`${argument} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`, {
      argument,
    });
  }
  return value;
}
