// Where a problem is in the text a client sent: publishArticle's annotation,
// the item of add/updateAnnotation, a file of applyAnnotations. The validator
// sees the corpus the change makes, so a problem names the corpus's file and
// the path there (statements[7].speaker); the client needs the line and
// column in what it sent, as a file on disk gets file:line.
import YAML, { LineCounter } from 'yaml';
import type { AnnotationProblem } from './annotation-error';
import { pathSegments, positionOf } from './problem-locations';

export interface SubmittedText {
  /** The corpus file the text went into, as problems name it (seed/annotations/<name>). */
  file: string;
  /** Where in that file: [] for the whole file, ['statements', 7] for one item of it. */
  at: readonly (string | number)[];
  /** The request's argument that carried it; absent when the text is the file itself (apply). */
  argument?: string;
  text: string;
}

/** The problems, each inside a text that was sent with its line and column there (and the argument). */
export function locateInSubmitted(
  problems: readonly AnnotationProblem[],
  submitted: readonly SubmittedText[],
): AnnotationProblem[] {
  if (submitted.length === 0) return [...problems];
  const parsed = new Map<SubmittedText, { doc: YAML.Document; lines: LineCounter } | null>();
  return problems.map((problem) => {
    const segments = pathSegments(problem.path);
    if (!segments) return problem;
    const text = submitted.find(
      (candidate) => candidate.file === problem.file && candidate.at.every((segment, i) => segments[i] === segment),
    );
    if (!text) return problem;
    if (!parsed.has(text)) parsed.set(text, parse(text.text));
    const source = parsed.get(text);
    const position = source && positionOf(source.doc, source.lines, segments.slice(text.at.length), true);
    if (!position) return problem;
    const idPath = itemIdPath(segments);
    const id = idPath && idPath.length > text.at.length ? source.doc.getIn(idPath.slice(text.at.length)) : null;
    return {
      ...problem,
      ...position,
      ...(text.argument !== undefined ? { argument: text.argument } : {}),
      ...(problem.item === undefined && typeof id === 'string' ? { item: id } : {}),
    };
  });
}

function parse(text: string): { doc: YAML.Document; lines: LineCounter } | null {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  return doc.errors.length === 0 ? { doc, lines } : null;
}

/** The path of the id of the item a problem is in (statements[3].quote: statements[3].id), or none. */
function itemIdPath(segments: readonly (string | number)[]): (string | number)[] | null {
  return typeof segments[1] === 'number' ? [segments[0], segments[1], 'id'] : null;
}
