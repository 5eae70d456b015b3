// The Lucene query behind the name search: what a person typed, as the
// full-text index name_search can match it however they spelt it. Each word
// is folded like the index (case, accents), transliterated to Latin letters
// ("Мединский" becomes "medinskiy"), and then matched three ways, best
// first: as a whole word, as the start of a word (someone still typing),
// and within an edit distance that grows with its length ("medinskiy",
// "Medinski" and "medinsky" are one or two edits apart; so are the -iy,
// -y, -yy endings and ie/ye spellings transliterations produce). Every
// word must match. Operators the user types are escaped, so the input is
// never a Lucene syntax error; the query travels as a parameter.
import { transliterate } from 'transliteration';
import { foldForSearch } from '../text/fold';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words are clauses of one Lucene query; more than anyone types is refused before it reaches the database. */
export const MAX_NAME_SEARCH_WORDS = 16;
/** Longer than any word of a name: Lucene's fuzzy and prefix terms over a longer one are refused or slow. */
export const MAX_NAME_WORD_LENGTH = 64;

/** The folded, transliterated words of what was typed: what the index's tokens are compared with. */
export function nameSearchWords(text: string): string[] {
  return foldForSearch(transliterate(text))
    .split(/[\s\-,.;:/]+/)
    .map((word) => word.replace(LUCENE_SPECIAL, ''))
    .filter((word) => word !== '');
}

/** The edits a word may be away from a name's word: none for short words, where one edit is another name. */
function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

function wordClause(word: string): string {
  const edits = allowedEdits(word);
  const clauses = [`${word}^4`, `${word}*^2`, ...(edits > 0 ? [`${word}~${edits}`] : [])];
  return `+(${clauses.join(' ')})`;
}

/** The Lucene query for `words` (from nameSearchWords); null when there are none. */
export function nameSearchQuery(words: readonly string[]): string | null {
  return words.length > 0 ? words.map(wordClause).join(' ') : null;
}
