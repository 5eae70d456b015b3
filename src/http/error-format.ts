import type { GraphQLFormattedError } from 'graphql';
import { REQUEST_TIMEOUT_CODE } from '../errors/request-timeout-error';

type Formatter = (formatted: GraphQLFormattedError, original: unknown) => GraphQLFormattedError;

/**
 * The shared formatter hides every code it does not know as
 * INTERNAL_SERVER_ERROR; a Cypher timeout is the client's to hear about
 * (ask for less), so its code passes through untouched.
 */
export function withTimeoutErrors(formatter: Formatter): Formatter {
  return (formatted, original) =>
    formatted.extensions?.code === REQUEST_TIMEOUT_CODE ? formatted : formatter(formatted, original);
}
