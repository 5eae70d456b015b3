import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlContext } from '../../graphql/context';
import { BOOKMARK_HEADER } from './bookmarks-sent';

/**
 * A response to an operation that wrote carries the bookmark of its write,
 * in the Neo4j-Bookmark header and in `extensions.bookmark` (for clients
 * that cannot read headers): sent back with a later request, to any API
 * process on the same database, it makes that request's reads wait for the
 * write. Responses to reads carry nothing new.
 */
export function bookmarkPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const bookmarks = await contextValue.bookmarks?.afterWrites();
          if (!bookmarks) return;
          const value = bookmarks.join(',');
          response.http.headers.set(BOOKMARK_HEADER, value);
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, bookmark: value };
          }
        },
      };
    },
  };
}
