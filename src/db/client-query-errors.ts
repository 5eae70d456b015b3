import { Neo4jError } from 'neo4j-driver';
import { BadUserInputError, InvalidBookmarkError } from '../errors/api-errors';

// Lucene's refusals of a full-text query it was given: too many clauses once
// the analyzer has split the words (one word like "a.b.c..." is many
// tokens), or a term longer than an index term may be. The query is the
// client's search text, so the client hears about it, with the argument.
const searchRefusal = /TooManyClauses|maxClauseCount|immense term|too many (boolean )?clauses/i;

// The database's refusal of a bookmark it cannot read, or one of several
// databases at once. Bookmarks reach a session only from what the client
// sent back (request-bookmarks.ts), so the client hears about it.
const bookmarkRefusal = /^Neo\.ClientError\.Transaction\.InvalidBookmark/;

/** A database error caused by what the client sent, as the BAD_USER_INPUT it is; null for any other. */
export function clientQueryError(error: unknown): BadUserInputError | null {
  if (!(error instanceof Neo4jError)) return null;
  if (bookmarkRefusal.test(error.code)) return new InvalidBookmarkError('the database does not know it');
  if (!searchRefusal.test(error.message)) return null;
  return new BadUserInputError('search is too complex for the full-text index; use fewer and shorter words', {
    argument: 'search',
  });
}
