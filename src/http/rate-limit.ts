import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { ApiKey, Limits } from '../config';
import { ErrorCode } from '../errors/error-codes';
import { isWarmUpRequest } from '../graphql/warm-up';
import { viewerFromHeaders } from './viewer';

/**
 * At most RATE_LIMIT_MAX requests per RATE_LIMIT_WINDOW_MS per client,
 * counted by express-rate-limit in this process's memory. A client is its
 * API key when it sends a valid one (so callers behind one address, each
 * with its key, do not share a budget), else its address (an IPv6 client by
 * its /56, which one host is usually given whole). An unknown key counts as
 * the address: inventing keys buys no fresh budget. Past the limit: 429
 * RATE_LIMITED with Retry-After in seconds. RATE_LIMIT_MAX=0 turns it off.
 */
export function rateLimitPerClient(limits: Limits, apiKeys: ApiKey[]): RequestHandler {
  if (limits.rateLimitMax === 0) return (_request, _response, next) => next();
  return rateLimit({
    windowMs: limits.rateLimitWindowMs,
    limit: limits.rateLimitMax,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (request) => clientKey(request, apiKeys),
    skip: (request) => isWarmUpRequest(request.headers),
    handler: (request, response) => refuse(request, response, limits),
  });
}

function clientKey(request: Request, apiKeys: ApiKey[]): string {
  const viewer = viewerFromHeaders(request.headers, apiKeys);
  if (viewer && viewer !== 'invalid') return `key:${viewer.name}`;
  return `ip:${ipKeyGenerator(request.ip ?? request.socket.remoteAddress ?? 'unknown')}`;
}

function refuse(request: Request, response: Response, limits: Limits): void {
  const reset = (request as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
  const retryAfterSeconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now()) - Date.now()) / 1000));
  response
    .status(429)
    .setHeader('retry-after', String(retryAfterSeconds))
    .type('application/json; charset=utf-8')
    .send(
      JSON.stringify({
        errors: [
          {
            message: `Too many requests: at most ${limits.rateLimitMax} every ${limits.rateLimitWindowMs / 1000} s per API key or address; retry in ${retryAfterSeconds} s`,
            extensions: { code: ErrorCode.RateLimited, retryAfterSeconds },
          },
        ],
      }),
    );
}
