// Merges validated files into one Corpus. Only called once validation found
// no problem, so every lookup here is known to succeed.
import { createHash } from 'node:crypto';
import type { Corpus } from './corpus';
import type { ParsedFile } from './parsed-file';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function buildCorpus(files: readonly ParsedFile[], articleTexts: ReadonlyMap<string, string>): Corpus {
  const corpus: Corpus = { articles: [], actors: [], territories: [], events: [], statements: [], demands: [], relations: [] };
  for (const parsed of files) {
    const values = <T>(items: readonly { value: T }[]): T[] => items.map((item) => item.value);
    const header = parsed.article?.value;
    if (header) {
      const text = articleTexts.get(header.file);
      if (text === undefined) throw new Error(`internal: ${parsed.file} passed validation without its article text`);
      corpus.articles.push({ ...header, text, sha256: sha256Hex(text) });
    }
    corpus.actors.push(...values(parsed.sections.actors));
    corpus.territories.push(...values(parsed.sections.territories));
    corpus.events.push(...values(parsed.sections.events));
    corpus.relations.push(...values(parsed.sections.relations));
    // Statements and demands only occur in article files (checked), so the header is there.
    const article = header?.id ?? '';
    corpus.statements.push(...values(parsed.sections.statements).map((statement) => ({ ...statement, article })));
    corpus.demands.push(...values(parsed.sections.demands).map((demand) => ({ ...demand, article })));
  }
  return corpus;
}
