// Problem paths are written the way an annotator would navigate the YAML:
// statements[3].quote.start.

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  // An empty path means the file as a whole (e.g. its root is not a mapping).
  return out === '' ? '(file)' : out;
}
