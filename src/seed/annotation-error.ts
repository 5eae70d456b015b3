// One error for the whole corpus: the seeder refuses to write anything unless
// every annotation file is sound, and the annotator wants the full list of
// what to fix in one run, not one problem per run.

export interface AnnotationProblem {
  /** The annotation file as shown to users, e.g. seed/annotations/003_x.yaml. */
  file: string;
  /** Where in the file, e.g. statements[3].quote.start, or "line 4, column 7" for YAML syntax errors. */
  path: string;
  /** What is wrong, in words an annotator can act on. */
  reason: string;
  /** The line of the file it is on, where known (problem-locations.ts); of `argument`'s text when that is set. */
  line?: number;
  /** The column (from 1) on that line, where known. */
  column?: number;
  /**
   * The request's argument whose text `line` and `column` count in (an API
   * change: `annotation`, `item`): the client's text, not the corpus's file.
   */
  argument?: string;
  /** The id of the item it is in (a statement, a demand, ...), where it has one. */
  item?: string;
}

export function formatProblem(problem: AnnotationProblem): string {
  const where =
    problem.line === undefined
      ? problem.file
      : problem.argument !== undefined
        ? `${problem.file} (${problem.argument} line ${problem.line}, column ${problem.column ?? 1})`
        : `${problem.file}:${problem.line}`;
  const path = problem.item !== undefined ? `${problem.path} (${problem.item})` : problem.path;
  return `${where}: ${path}: ${problem.reason}`;
}

export class AnnotationValidationError extends Error {
  readonly problems: AnnotationProblem[];

  constructor(problems: AnnotationProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super([`annotations refused, ${count}:`, ...problems.map(formatProblem)].join('\n'));
    this.name = 'AnnotationValidationError';
    this.problems = problems;
  }
}
