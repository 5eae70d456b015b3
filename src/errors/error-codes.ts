/** The codes a client finds in `errors[].extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** The database is up but saturated or stalled right now; retry after the Retry-After header. */
  ServerBusy = 'SERVER_BUSY',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  CostLimitExceeded = 'COST_LIMIT_EXCEEDED',
  ResponseTooLarge = 'RESPONSE_TOO_LARGE',
  RateLimited = 'RATE_LIMITED',
}
