// Where a problem is, for a person fixing it: the line of its file, and the
// id of the item it is in (`statements[14]` alone makes one count items).
// Only worked out once the corpus is refused, so validation itself never
// keeps source positions: each file with problems is read and parsed again.
import fs from 'node:fs';
import YAML, { isMap, isNode, LineCounter } from 'yaml';
import type { AnnotationProblem } from './annotation-error';

/** `statements[14].quote.start` as the keys and indexes YAML's getIn walks. */
export function pathSegments(path: string): (string | number)[] | null {
  if (!/^[A-Za-z_][\w]*(\[\d+\]|\.[A-Za-z_]\w*)*$/.test(path)) return null;
  return [...path.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]));
}

/** The problems with the line of what each names and the id of its item, where the file can be read. */
export function locateProblems(
  problems: readonly AnnotationProblem[],
  resolveFile: (shown: string) => string,
): AnnotationProblem[] {
  const documents = new Map<string, { doc: YAML.Document; lines: LineCounter } | null>();
  return problems.map((problem) => {
    if (!documents.has(problem.file)) documents.set(problem.file, parsed(resolveFile(problem.file)));
    const source = documents.get(problem.file);
    const segments = pathSegments(problem.path);
    if (!source || !segments) return problem;
    return { ...problem, ...locate(source.doc, source.lines, segments) };
  });
}

function parsed(file: string): { doc: YAML.Document; lines: LineCounter } | null {
  try {
    const lines = new LineCounter();
    const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: lines });
    return doc.errors.length === 0 ? { doc, lines } : null;
  } catch {
    return null;
  }
}

function locate(doc: YAML.Document, lines: LineCounter, segments: (string | number)[]): Partial<AnnotationProblem> {
  // The deepest node the path reaches: a missing key is reported at the item that lacks it.
  const line = positionOf(doc, lines, segments)?.line;
  const item = typeof segments[1] === 'number' ? doc.getIn(segments.slice(0, 2), true) : null;
  const id = isMap(item) ? item.get('id') : undefined;
  return { ...(line !== undefined ? { line } : {}), ...(typeof id === 'string' ? { item: id } : {}) };
}

/**
 * Line and column (from 1) of the deepest node `segments` reach; with
 * `orDocument`, the document's own when none is (a key missing from an item
 * sent alone is reported at the item).
 */
export function positionOf(
  doc: YAML.Document,
  lines: LineCounter,
  segments: (string | number)[],
  orDocument = false,
): { line: number; column: number } | undefined {
  for (let depth = segments.length; depth >= (orDocument ? 0 : 1); depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}
