import { BadUserInputError } from '../errors/api-errors';

const PREFIX = 'change:';

/** A feed position as clients see it: opaque (base64url), so the numbering may change without breaking them. */
export function encodeChangeCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url');
}

/** The seq a cursor points at; BAD_USER_INPUT when it is not one this API gave out. */
export function decodeChangeCursor(cursor: string, argument = 'after'): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(seq) || seq < 0 || encodeChangeCursor(seq) !== cursor) {
    throw new BadUserInputError(`${argument} is not a change cursor this API gave out`, { argument });
  }
  return seq;
}
