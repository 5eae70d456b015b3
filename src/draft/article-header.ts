// The article header of a draft: id and statement numbering from the file
// name (005_xxxx.txt gives article-005 and stmt-005-01), the headline when the
// first line is one, and the date (dates.ts).
import type { ArticleHeader } from '../seed/annotation.schema';
import type { ArticleDate } from './dates';
import type { Suggestion } from './draft-context';
import { slug } from './speaker-resolver';

export function articleHeader(
  text: string,
  file: string,
  date: ArticleDate,
  takenIds: ReadonlySet<string>,
): { header: ArticleHeader; suggestions: Record<string, Suggestion>; number: string } {
  const stem = file.replace(/\.txt$/, '');
  const number = /^(\d+)_/.exec(stem)?.[1] ?? slug(stem);
  let id = `article-${number}`;
  for (let suffix = 2; takenIds.has(id); suffix++) id = `article-${number}-${suffix}`;
  const firstLine = text.split('\n')[0].trim();
  const isHeadline = headlineEnd(text) > 0;
  const firstWords = text.replace(/\s+/g, ' ').trim().slice(0, 100);
  const title = isHeadline ? firstLine : firstWords.length > 0 ? firstWords : stem;
  return {
    header: { id, file, title, titleIsHeadline: isHeadline, outlet: null, published: date.spec },
    suggestions: {
      'article.title': {
        confidence: isHeadline ? 0.7 : 0.2,
        cues: [isHeadline ? 'the first line reads as a headline' : 'the first words: write a title'],
      },
      'article.published': {
        confidence: date.source === 'dateline' ? 0.8 : date.source === 'given' ? 0.9 : 0.2,
        cues: [date.spec.cue],
      },
    },
    number,
  };
}

/** Where the headline ends (its line break), or 0 when the first line is no headline: short, unpunctuated, not alone. */
export function headlineEnd(text: string): number {
  const lineEnd = text.indexOf('\n');
  if (lineEnd === -1) return 0;
  const firstLine = text.slice(0, lineEnd).trim();
  const isHeadline = firstLine.length <= 160 && !/[.:]$/.test(firstLine) && firstLine.split(/\s+/).length >= 3;
  return isHeadline ? lineEnd : 0;
}
