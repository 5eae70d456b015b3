import { BadUserInputError } from '../errors/api-errors';

/** Where an item sits in a sorted list: its sort key, then the id that breaks ties. */
export type CursorPosition = [key: string, tie: string];

/**
 * Cursors are opaque to clients: base64url of [sort key, tie-breaking id].
 * They point at a place in the order, not at an offset, so they stay valid
 * while items are added or removed elsewhere in the list.
 */
export function encodeCursor(key: string, tie: string): string {
  return Buffer.from(JSON.stringify([key, tie]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((part) => typeof part === 'string')) {
    throw new BadUserInputError(`${argument} is not a cursor this API gave out`, { argument });
  }
  return [parsed[0], parsed[1]];
}
