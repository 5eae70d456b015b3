import type { SessionScope } from '../../analytics/cli';
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

/** `--level ACTOR|SIDE` (any case) and `--articles`, shared by analytics and export. */
export function sessionScope({ values }: ParsedArgs): SessionScope {
  const level = typeof values.level === 'string' ? values.level.toUpperCase() : 'ACTOR';
  if (level !== 'ACTOR' && level !== 'SIDE') throw new UsageError(`--level must be ACTOR or SIDE, got ${values.level}`);
  return { level, articles: idList(values.articles) };
}

export const LEVEL_OPTION = {
  name: 'level',
  value: 'ACTOR|SIDE',
  help: 'ACTOR (default): each actor on its own; SIDE: actors merged into the side they speak for',
};
export const ARTICLES_OPTION = { name: 'articles', value: 'id,id', help: 'only what these articles report' };
