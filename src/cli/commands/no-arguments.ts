import type { ParsedArgs } from '../command';

/** For commands that take no options beyond --help: the parser has already refused anything else. */
export function noOptions(_args: ParsedArgs): Record<string, never> {
  return {};
}
