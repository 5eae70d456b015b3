import { GraphQLError } from 'graphql';

/**
 * A request, or the Cypher behind it, ran past its configured limit
 * (REQUEST_TIMEOUT_MS, CYPHER_TIMEOUT_MS). Its own code rather than
 * SERVICE_UNAVAILABLE: retrying the same query will time out again, while a
 * database outage passes.
 */
export const REQUEST_TIMEOUT_CODE = 'REQUEST_TIMEOUT';

export class RequestTimeoutError extends GraphQLError {
  constructor(message = 'The request took longer than the server allows; ask for less (smaller pages, fewer fields)') {
    super(message, { extensions: { code: REQUEST_TIMEOUT_CODE, http: { status: 503 } } });
  }
}
