// The gate in front of the database: every annotation file is parsed and
// checked, on its own and against the others and the article texts, and
// either the whole corpus comes back merged or one error lists every problem.
// Pure: no IO, so it can be tested on in-memory corpora. The checks run file
// by file (corpus-validator.ts), as they do when seed-dir.ts streams a seed
// directory too large to hold.
import { buildCorpus } from './build-corpus';
import type { Corpus } from './corpus';
import { CorpusValidator } from './corpus-validator';
import { memoByNameAndText } from '../text/memo-by-text';
import { parseAnnotationFile } from './parse-annotation-file';

export interface CorpusInput {
  /** Annotation files; `path` is shown to users, e.g. seed/annotations/000_x.yaml. */
  files: { path: string; content: string }[];
  /** Article file name (e.g. 000_6d5f0d2b299922d5.txt) to its text. */
  articleTexts: Map<string, string>;
}

// A corpus kept in the database is validated whole at every change to it,
// and all but the changed file parse as they did the time before. Keyed by
// the path as well: a problem names the file it is in.
const parseRemembered = memoByNameAndText(parseAnnotationFile);

export function validateCorpus(input: CorpusInput): Corpus {
  const validator = new CorpusValidator();
  const parsedFiles = input.files.map(({ path, content }) => {
    const { parsed, problems } = parseRemembered(path, content);
    const article = parsed.article?.value;
    validator.addFile(parsed, problems, article ? input.articleTexts.get(article.file) : undefined);
    return parsed;
  });
  for (const parsed of parsedFiles) validator.checkReferences(parsed);
  validator.throwIfProblems();
  return buildCorpus(parsedFiles, input.articleTexts);
}
