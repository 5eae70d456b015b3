import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** Each error knows its code and the HTTP status it stands for. */
abstract class ApiError extends GraphQLError {
  constructor(message: string, code: ErrorCode, httpStatus: number, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code, http: { status: httpStatus } } });
  }
}

export class BadUserInputError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BadUserInput, 400, extensions);
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.NotFound, 404);
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = 'Authentication required: send Authorization: Bearer <key> or X-API-Key: <key>') {
    super(message, ErrorCode.Unauthenticated, 401);
  }
}

export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.Forbidden, 403);
  }
}

/** The request is valid but the server's state forbids it until someone changes that state. */
export class ConflictError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.Conflict, 409);
  }
}

export class ServiceUnavailableError extends ApiError {
  constructor(message = 'The graph database is not reachable right now; try again shortly') {
    super(message, ErrorCode.ServiceUnavailable, 503);
  }
}
