// A statement's date: the date words next to its verb of saying ("said on
// Sunday", "Biden said yesterday", "On Tuesday, X told ...") resolved against
// the article's date; without any, the article's own date.
import type { DateSpec } from '../seed/annotation.schema';
import type { Suggestion } from './draft-context';
import type { ArticleDate } from './dates';
import { findDates } from './dates';
import type { FoundQuote } from './quotes';
import type { Sentence } from './sentences';

const AFTER_VERB = 30;
/** The first cue of a date suggestion that fell back to the article's date. */
export const ARTICLE_DATE_CUE = "the article's date";

export function statementDate(
  text: string,
  sentence: Sentence,
  anchor: number,
  quotes: readonly FoundQuote[],
  article: ArticleDate,
): { date: DateSpec; suggestion: Suggestion } {
  const window = text.slice(sentence.start, Math.min(sentence.end, anchor + AFTER_VERB));
  const outsideQuotes = (start: number) => !quotes.some((quote) => start >= quote.open && start < quote.close);
  const candidates = findDates(window, article)
    .map((found) => ({ ...found, start: found.start + sentence.start, end: found.end + sentence.start }))
    .filter((found) => outsideQuotes(found.start));
  if (candidates.length > 0) {
    const nearest = candidates.reduce((best, found) =>
      Math.abs(found.start - anchor) < Math.abs(best.start - anchor) ? found : best,
    );
    return { date: nearest.spec, suggestion: { confidence: 0.7, cues: [nearest.spec.cue] } };
  }
  const spec = {
    ...article.spec,
    cue: `the article's date (${article.spec.cue}); no date words at the statement`,
    inferred: true,
  };
  return {
    date: spec,
    suggestion: {
      confidence: article.source === 'dateline' || article.source === 'given' ? 0.6 : 0.3,
      cues: ["the article's date"],
    },
  };
}
