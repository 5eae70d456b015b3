import type { Request } from 'express';
import { InvalidBookmarkError } from '../../errors/api-errors';

/** The response and request header that carries bookmarks (HTTP header names are case-insensitive). */
export const BOOKMARK_HEADER = 'neo4j-bookmark';

/** One request waits for at most this many writes; a client echoes one value, which holds one bookmark per database. */
const MAX_BOOKMARKS = 16;

// Neo4j's bookmarks are a short prefix and base64 ("FB:kcwQ…"); older servers
// wrote "neo4j:bookmark:v1:tx42". Anything else (spaces, quotes, control
// characters, kilobytes) cannot be one, and is refused before any session
// opens. What passes is still the database's to judge (client-query-errors.ts).
const BOOKMARK = /^[A-Za-z0-9+/=:_.-]{1,256}$/;

/**
 * The bookmarks a client sent back: the Neo4j-Bookmark header (several
 * joined by commas) and `extensions.bookmark` in the body (the same string,
 * or a list of them), together. Empty when it sent none; a value that
 * cannot be a bookmark is a 400 naming the header.
 */
export function bookmarksSent(request: Pick<Request, 'headers' | 'body'>): string[] {
  const header = request.headers[BOOKMARK_HEADER];
  const fromBody = (request.body as { extensions?: { bookmark?: unknown } } | undefined)?.extensions?.bookmark;
  const values = [...listOf(header, 'header'), ...listOf(fromBody, 'extensions.bookmark')];
  const bookmarks = [...new Set(values.flatMap((value) => value.split(',')).map((part) => part.trim()))].filter(
    (part) => part !== '',
  );
  if (bookmarks.length > MAX_BOOKMARKS) throw new InvalidBookmarkError(`more than ${MAX_BOOKMARKS} bookmarks`);
  const malformed = bookmarks.find((bookmark) => !BOOKMARK.test(bookmark));
  if (malformed !== undefined) throw new InvalidBookmarkError('it is malformed');
  return bookmarks;
}

function listOf(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new InvalidBookmarkError(`${where} must be a string or a list of strings`);
}
