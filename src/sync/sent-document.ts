// The YAML or JSON text a client sends for one annotation file or item, read
// as a document, or BAD_USER_INPUT saying why not: a syntax error with its
// line and column in that text (extensions.line, .column), as a problem of
// the validator has them (src/seed/submitted-locations.ts).
import { parse, YAMLParseError } from 'yaml';
import { BadUserInputError } from '../errors/api-errors';

export function sentDocument(text: string, argument: string, notAMap: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    throw new BadUserInputError(`${argument} is not YAML or JSON: ${(error as Error).message}`, {
      argument,
      ...(at ? { line: at.line, column: at.col } : {}),
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new BadUserInputError(notAMap, { argument });
  return value as Record<string, unknown>;
}
