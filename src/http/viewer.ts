import { timingSafeEqual } from 'node:crypto';
import type { ApiKey } from '../config';
import type { Viewer } from '../graphql/viewer';

export type { Viewer };

type Headers = Record<string, string | string[] | undefined>;

/**
 * Finds the caller from `Authorization: Bearer <key>` or `X-API-Key: <key>`.
 * A key that is sent but unknown is an error, not an anonymous read, so a
 * misconfigured client hears about it at once.
 */
export function viewerFromHeaders(headers: Headers, keys: ApiKey[]): Viewer | null | 'invalid' {
  const presented = bearer(headers.authorization) ?? single(headers['x-api-key']);
  if (presented === undefined) return null;
  const match = keys.find((candidate) => sameSecret(candidate.key, presented));
  return match ? { name: match.name, role: match.role } : 'invalid';
}

function bearer(header: string | string[] | undefined): string | undefined {
  const value = single(header);
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match ? match[1] : undefined;
}

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/** Constant-time comparison, so response timing does not leak key prefixes. */
function sameSecret(expected: string, presented: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
