import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import { ErrorCode } from '../errors/error-codes';

// Codes whose messages were written for clients: ours and Apollo's own
// request errors (parse, validation, bad variables).
const clientFacingCodes = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.ServiceUnavailable,
  ErrorCode.ServerBusy,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Anything else is a fault of ours (a driver error, a bug): the client gets a
 * generic message and the log gets the detail, so database internals never
 * leave the process.
 */
export function errorFormatter(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (clientFacingCodes.has(code)) return withoutStack(formatted, exposeDetails);
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.InternalServerError, ...(exposeDetails ? { detail: formatted.message } : {}) },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError, exposeDetails: boolean): GraphQLFormattedError {
  if (exposeDetails || !formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
