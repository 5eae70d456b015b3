// The gate in front of the database: every annotation file is parsed and
// checked, on its own and against the others and the article texts, and
// either the whole corpus comes back merged or one error lists every problem.
// Pure: no IO, so it can be tested on in-memory corpora.
import { AnnotationValidationError } from './annotation-error';
import type { AnnotationProblem } from './annotation-error';
import { buildCorpus } from './build-corpus';
import { checkArticleTexts } from './check-article-text';
import { checkDemandCoverage } from './check-demand-coverage';
import { checkFileShape } from './check-file-shape';
import { checkReferences } from './check-references';
import type { Corpus } from './corpus';
import { buildIdRegistry } from './id-registry';
import { parseAnnotationFile } from './parse-annotation-file';

export interface CorpusInput {
  /** Annotation files; `path` is shown to users, e.g. seed/annotations/000_x.yaml. */
  files: { path: string; content: string }[];
  /** Article file name (e.g. 000_6d5f0d2b299922d5.txt) to its text. */
  articleTexts: Map<string, string>;
}

export function validateCorpus(input: CorpusInput): Corpus {
  const problems: AnnotationProblem[] = [];
  const parsedFiles = input.files.map(({ path, content }) => {
    const result = parseAnnotationFile(path, content);
    problems.push(...result.problems);
    return result.parsed;
  });

  const { registry, problems: duplicateIds } = buildIdRegistry(parsedFiles);
  problems.push(
    ...duplicateIds,
    ...checkFileShape(parsedFiles),
    ...checkArticleTexts(parsedFiles, input.articleTexts),
    ...checkReferences(parsedFiles, registry),
    ...checkDemandCoverage(parsedFiles),
  );

  if (problems.length > 0) throw new AnnotationValidationError(groupByFile(problems, input.files));
  return buildCorpus(parsedFiles, input.articleTexts);
}

/** Problems of one file together, files in input order; within a file, the order found. */
function groupByFile(problems: AnnotationProblem[], files: readonly { path: string }[]): AnnotationProblem[] {
  const rank = new Map(files.map((file, index) => [file.path, index]));
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (rank.get(a.problem.file) ?? 0) - (rank.get(b.problem.file) ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}
