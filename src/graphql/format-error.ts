import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import { ErrorCode } from '../errors/error-codes';
import { withoutServerPaths } from '../errors/server-paths';

// Codes whose messages were written for clients: ours and Apollo's own
// request errors (parse, validation, bad variables).
const clientFacingCodes = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.Conflict,
  ErrorCode.ServiceUnavailable,
  ErrorCode.CostLimitExceeded,
  ErrorCode.ServerBusy,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

// graphql-js's hints at names close to a wrong one ("Did you mean the enum
// value \"ACTOR\"?"). In development they help; in production, where
// introspection is off, they would hand out the schema's names one guess at
// a time. graphql-armor masks those of fields; this covers the rest (enum
// values, arguments, input fields, types), whatever layer wrote them.
const suggestion = /\s*Did you mean [^?]*\?/g;

/**
 * Anything else is a fault of ours (a driver error, a bug): the client gets a
 * generic message and the log gets the detail, so database internals never
 * leave the process. No answer carries a stack trace (the log has it) or a
 * path of the server's file system, whatever the mode.
 */
export function errorFormatter(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (clientFacingCodes.has(code)) return forClients(formatted, exposeDetails);
    // Apollo's own refusals of a request it cannot run (a persisted query
    // whose hash does not match, say) carry a 4xx status but no code.
    if (isClientRefusal(original)) {
      return forClients({ ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } }, exposeDetails);
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: ErrorCode.InternalServerError,
        ...(exposeDetails ? { detail: withoutServerPaths(formatted.message) } : {}),
      },
    };
  };
}

function isClientRefusal(original: unknown): boolean {
  if (!(original instanceof GraphQLError) || original.extensions.code !== undefined) return false;
  const status = (original.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** A client-facing error as sent: no stack trace, no server path and, in production, no suggestions. */
export function forClients(formatted: GraphQLFormattedError, exposeDetails: boolean): GraphQLFormattedError {
  let message = withoutServerPaths(formatted.message);
  if (!exposeDetails) message = message.replace(suggestion, '');
  if (!formatted.extensions?.stacktrace) return { ...formatted, message };
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, message, extensions };
}
