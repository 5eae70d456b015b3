// Dates: the article's own (a dateline, else the date given, else the latest
// year the text names) and each statement's, resolved against it with
// chrono-node. News reports the past, so a weekday or a month without a year
// is the latest one on or before the article's date ("said on Sunday").
import * as chrono from 'chrono-node';
import type { DateSpec } from '../seed/annotation.schema';
import { parseGivenDate } from './given-date';

export interface ArticleDate {
  spec: DateSpec;
  /** Noon UTC of the day (or the first day of the month or year) the spec names. */
  reference: Date;
  source: 'dateline' | 'given' | 'latest-year' | 'none';
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function articleDate(text: string, given: string | null, today = new Date()): ArticleDate {
  const dateline = datelineOf(text);
  if (dateline) return dateline;
  const givenDate = given === null ? null : parseGivenDate(given);
  if (givenDate && given) {
    return {
      spec: {
        value: given,
        precision: 'DAY',
        cue: 'the date given with the article (not in its text)',
        inferred: true,
      },
      reference: givenDate,
      source: 'given',
    };
  }
  const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)]
    .map((match) => Number(match[0]))
    .filter((year) => year <= today.getUTCFullYear());
  if (years.length > 0) {
    const year = Math.max(...years);
    return {
      spec: {
        value: String(year),
        precision: 'YEAR',
        cue: `the latest year the text names (${year}); no dateline and no date given`,
        inferred: true,
      },
      reference: new Date(Date.UTC(year, 11, 31, 12)),
      source: 'latest-year',
    };
  }
  const year = today.getUTCFullYear();
  return {
    spec: {
      value: String(year),
      precision: 'YEAR',
      cue: 'no date in the text and none given: the year of drafting',
      inferred: true,
    },
    reference: new Date(Date.UTC(year, today.getUTCMonth(), today.getUTCDate(), 12)),
    source: 'none',
  };
}

/** A full date on the article's first line or at the start of its first sentence: "KYIV, July 25, 2024 —". */
function datelineOf(text: string): ArticleDate | null {
  const head =
    text
      .slice(0, 120)
      .split('\n')
      .find((line) => line.trim().length > 0) ?? '';
  for (const result of chrono.parse(head.slice(0, 80))) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const date = start.date();
    const value = `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
    return {
      spec: { value, precision: 'DAY', cue: `dateline "${result.text}"`, inferred: false },
      reference: new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12)),
      source: 'dateline',
    };
  }
  return null;
}

export interface FoundDate {
  spec: DateSpec;
  start: number;
  end: number;
}

/** Every date expression in `text` (offsets relative to it), resolved against the article's date. */
export function findDates(text: string, article: ArticleDate): FoundDate[] {
  const found: FoundDate[] = [];
  const reference = article.reference;
  for (const result of chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    const spec = resolve(result, text, reference, article);
    if (spec) found.push({ spec, start: result.index, end: result.index + result.text.length });
  }
  for (const match of text.matchAll(/\b(?:in|since|of|from)\s+((?:19|20)\d{2})\b/g)) {
    const at = (match.index ?? 0) + match[0].length - 4;
    if (found.some((date) => at >= date.start && at < date.end)) continue;
    found.push({
      spec: { value: match[1], precision: 'YEAR', cue: match[0], inferred: false },
      start: match.index ?? 0,
      end: at + 4,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(result: chrono.ParsedResult, text: string, reference: Date, article: ArticleDate): DateSpec | null {
  const start = result.start;
  const words = result.text;
  const lower = words.toLowerCase();
  const sentenceTail = text.slice(result.index + words.length, result.index + words.length + 12).toLowerCase();
  const articleDay = article.spec.precision === 'DAY';
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    if (!articleDay) return null;
    const weekday = WEEKDAYS.findIndex((day) => lower.includes(day));
    const back = (reference.getUTCDay() - weekday + 7) % 7;
    return daySpec(new Date(reference.getTime() - back * 86_400_000), words, true);
  }
  if (start.isCertain('day') && start.isCertain('month')) {
    const explicit = start.isCertain('year') && /\d{4}/.test(words);
    if (!explicit && !articleDay && !/\b\d{1,2}\b/.test(words)) return null;
    return daySpec(start.date(), words, !explicit);
  }
  if (start.isCertain('month')) {
    let year = start.isCertain('year') ? (start.get('year') ?? reference.getUTCFullYear()) : reference.getUTCFullYear();
    const month = start.get('month') ?? 1;
    if (!start.isCertain('year') && month > reference.getUTCMonth() + 1) year -= 1;
    if (!start.isCertain('year') && /last year/.test(sentenceTail)) year = reference.getUTCFullYear() - 1;
    const explicit = start.isCertain('year') && /\d{4}/.test(words);
    return { value: `${year}-${pad(month)}`, precision: 'MONTH', cue: words, inferred: !explicit };
  }
  if (start.isCertain('year')) {
    return { value: String(start.get('year')), precision: 'YEAR', cue: words, inferred: !/\d{4}/.test(words) };
  }
  return null;
}

function daySpec(date: Date, cue: string, inferred: boolean): DateSpec {
  return { value: date.toISOString().slice(0, 10), precision: 'DAY', cue, inferred };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
