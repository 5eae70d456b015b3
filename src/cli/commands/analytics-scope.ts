import type { SessionScope } from '../../analytics/cli';
import { DATE_PRECISIONS, DATE_VALUE_PATTERN, parseDateSpec } from '../../domain/date-spec';
import type { ParsedArgs } from '../command';
import { UsageError } from '../usage-error';

/** `--articles a,b` or `--actors a,b`: the ids, or null for all. */
export function idList(value: string | true | undefined): string[] | null {
  if (typeof value !== 'string') return null;
  const ids = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return ids.length > 0 ? ids : null;
}

/** `--as-of YYYY[-MM[-DD]]`: a real calendar date, or null when not given. */
function asOfDate(value: string | true | undefined): string | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : '';
  const precision = DATE_PRECISIONS[text.split('-').length - 1];
  const parsed = DATE_VALUE_PATTERN.test(text) && precision ? parseDateSpec({ value: text, precision }) : null;
  if (!parsed?.ok)
    throw new UsageError(`--as-of must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${String(value)}`);
  return text;
}

/** `--level ACTOR|SIDE` (any case), `--articles` and `--as-of`, shared by analytics and export. */
export function sessionScope({ values }: ParsedArgs): SessionScope {
  const level = typeof values.level === 'string' ? values.level.toUpperCase() : 'ACTOR';
  if (level !== 'ACTOR' && level !== 'SIDE') throw new UsageError(`--level must be ACTOR or SIDE, got ${values.level}`);
  return { level, articles: idList(values.articles), asOf: asOfDate(values['as-of']) };
}

export const LEVEL_OPTION = {
  name: 'level',
  value: 'ACTOR|SIDE',
  help: 'ACTOR (default): each actor on its own; SIDE: actors merged into the side they speak for',
};
export const ARTICLES_OPTION = { name: 'articles', value: 'id,id', help: 'only what these articles report' };
export const AS_OF_OPTION = {
  name: 'as-of',
  value: 'YYYY[-MM[-DD]]',
  help: 'the graph as it stood on that date: only statements dated on or before it',
};
