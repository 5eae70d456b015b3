import type cors from 'cors';
import type { CorsOrigins } from '../config';
import { BOOKMARK_HEADER } from './bookmarks/bookmarks-sent';

/**
 * CORS for the GraphQL endpoint from CORS_ORIGINS. The default (empty list)
 * answers no cross-origin request, which is what a same-origin front end
 * needs. Authentication travels in headers, never cookies, so credentials
 * are not allowed cross-origin even for listed origins.
 */
export function corsOptions(origins: CorsOrigins): cors.CorsOptions {
  return {
    origin: origins === '*' ? '*' : origins.length === 0 ? false : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-api-key',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      BOOKMARK_HEADER,
    ],
    // A browser client reads the bookmark of its write to send it back (docs/bookmarks.md).
    exposedHeaders: [BOOKMARK_HEADER],
    credentials: false,
    maxAge: 600,
  };
}
