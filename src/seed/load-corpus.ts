// The IO half of loading: read seed/annotations/*.yaml and seed/articles/*.txt
// and validate them file by file (corpus-validator.ts, the same checks as the
// pure validateCorpus), with a bounded number of files open at a time.
// The result is the whole merged corpus, so it holds the whole corpus; for a
// corpus too large for that, validateSeedDir (seed-dir.ts) checks without
// holding it and seedCorpusDir (seeder.ts) seeds without holding it.
import { buildCorpus } from './build-corpus';
import type { Corpus } from './corpus';
import { CorpusValidator } from './corpus-validator';
import type { ParsedFile } from './parsed-file';
import { readSeedDir, shownFileResolver } from './seed-dir';

export async function loadCorpus(seedDir: string): Promise<Corpus> {
  const validator = new CorpusValidator();
  const parsedFiles: ParsedFile[] = [];
  const texts = new Map<string, string>();
  for await (const { parsed, problems, text } of readSeedDir(seedDir)) {
    validator.addFile(parsed, problems, text);
    parsedFiles.push(parsed);
    const name = parsed.article?.value.file;
    if (name !== undefined && text !== undefined) texts.set(name, text);
  }
  for (const parsed of parsedFiles) validator.checkReferences(parsed);
  validator.throwIfProblems(shownFileResolver(seedDir));
  return buildCorpus(parsedFiles, texts);
}
