/** A query text without its indentation and blank lines: what a test compares, whatever the printer's indentation. */
export function compactText(query: string): string {
  return query
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
