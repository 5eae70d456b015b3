// The validator, one file at a time. validate-corpus.ts (files in memory)
// and seed-dir.ts (files streamed from a seed directory) both drive it:
//
//   pass 1, addFile(), once per file in corpus order: the file's own YAML and
//   schema problems, its duplicate ids (against the registry so far), its
//   shape, its article text (quotes verbatim at their offsets), and what the
//   cross-file checks will need: its declarations go into the compact id
//   registry, the demands its statements voice into one set of ids, and the
//   references it makes come back as a small record (no text);
//   pass 2, checkReferences(), once per record, when every file is
//   registered: every reference declared and of the right kind, every demand
//   voiced.
//
// Problems come out exactly as the whole-corpus validator gave them: grouped
// by file in corpus order, and within a file in the order of the checks
// (schema, duplicate ids, file shape, article text, references, voicing).
// What it holds between files: the ids (registry, voiced demands) and the
// article texts already annotated as 64-bit hashes in typed arrays
// (hashed-id-table.ts), and each file's display path and article id (on disk
// when the registry is given a file for them); never the text.
import type { AnnotationProblem } from './annotation-error';
import { locateProblems } from './problem-locations';
import { AnnotationValidationError } from './annotation-error';
import type { ArticleHeader, DemandAnnotation, EventAnnotation, RelationAnnotation, StatementAnnotation } from './annotation.schema';
import { checkArticleTexts } from './check-article-text';
import { checkFileShape } from './check-file-shape';
import { checkReferences } from './check-references';
import { HashedIdTable } from './hashed-id-table';
import { CompactIdRegistry } from './id-registry';
import type { IdRegistry } from './id-registry';
import type { Located, ParsedFile } from './parsed-file';

/** The part of a parsed file the cross-file checks read: ids and paths, no text. */
export interface ReferenceRecord {
  file: string;
  article: Located<Pick<ArticleHeader, 'outlet'>> | null;
  sections: {
    events: Located<Pick<EventAnnotation, 'participants' | 'territories' | 'article'>>[];
    statements: Located<Pick<StatementAnnotation, 'speaker' | 'onBehalfOf' | 'reportedBy' | 'targets' | 'mentions'> & { demands: { demand: string }[] }>[];
    demands: Located<Pick<DemandAnnotation, 'id' | 'owner' | 'addressedTo' | 'territories' | 'conflictsWith'>>[];
    relations: Located<Pick<RelationAnnotation, 'type' | 'from' | 'to' | 'article' | 'statement' | 'role'>>[];
  };
}

/** Strips a parsed file down to its references (for a spool, where size matters). */
export function referenceRecord(parsed: ParsedFile): ReferenceRecord {
  return {
    file: parsed.file,
    article: parsed.article ? { path: parsed.article.path, value: { outlet: parsed.article.value.outlet } } : null,
    sections: {
      events: parsed.sections.events.map(({ path, value }) => ({
        path,
        value: { participants: value.participants, territories: value.territories, article: value.article },
      })),
      statements: parsed.sections.statements.map(({ path, value }) => ({
        path,
        value: {
          speaker: value.speaker,
          onBehalfOf: value.onBehalfOf,
          reportedBy: value.reportedBy,
          targets: value.targets,
          mentions: value.mentions,
          demands: value.demands.map(({ demand }) => ({ demand })),
        },
      })),
      demands: parsed.sections.demands.map(({ path, value }) => ({
        path,
        value: { id: value.id, owner: value.owner, addressedTo: value.addressedTo, territories: value.territories, conflictsWith: value.conflictsWith },
      })),
      relations: parsed.sections.relations.map(({ path, value }) => ({
        path,
        value: { type: value.type, from: value.from, to: value.to, article: value.article, statement: value.statement, role: value.role },
      })),
    },
  };
}

/** The order of the checks within one file. */
const enum Check {
  Schema,
  DuplicateIds,
  FileShape,
  ArticleText,
  References,
  Voicing,
}

interface Found {
  problem: AnnotationProblem;
  check: Check;
  seq: number;
}

export class CorpusValidator {
  private readonly registryImpl: CompactIdRegistry;
  /** Demand ids some statement SETS or REPEATS (or a broken statement may), by hash (1 = voiced). */
  private readonly voiced = new HashedIdTable();
  /** Article text file name (by hash) to the index of the annotation file that annotates it (its name: registry.fileAt). */
  private readonly annotatedBy = new HashedIdTable();
  private readonly found: Found[] = [];
  private seq = 0;
  private filesAdded = 0;

  /** `idsFile`, `filesFile`, `namesFile`: where the registry keeps the ids' text, the files' paths and the names (see CompactIdRegistry); default: in memory. */
  constructor(options: { idsFile?: string; filesFile?: string; namesFile?: string } = {}) {
    this.registryImpl = new CompactIdRegistry(options);
  }

  /** Closes the files the registry reads from; call it before they are removed. */
  close(): void {
    this.registryImpl.close();
  }

  get registry(): IdRegistry {
    return this.registryImpl;
  }

  get problemCount(): number {
    return this.found.length;
  }

  get fileCount(): number {
    return this.filesAdded;
  }

  /**
   * Pass 1 for one file, in corpus order. `articleText` is the text of the
   * article its header names, or undefined when there is no such text.
   */
  addFile(parsed: ParsedFile, schemaProblems: readonly AnnotationProblem[], articleText: string | undefined): void {
    // Nothing of the parsed file is kept as it is: the registry copies what it keeps, the rest is hashed.
    // The registry keeps the file's name at this index: problems() ranks files by it.
    this.filesAdded++;
    this.note(Check.Schema, schemaProblems);
    this.note(Check.DuplicateIds, this.registryImpl.addFile(parsed));
    this.note(Check.FileShape, checkFileShape([parsed]));
    this.note(Check.ArticleText, this.articleTextProblems(parsed, articleText));

    for (const { value: statement } of parsed.sections.statements) {
      for (const { demand, stance } of statement.demands) {
        if (stance === 'SETS' || stance === 'REPEATS') this.voiced.set(demand, 1);
      }
    }
    // A statement that failed the schema may be the one voicing it; its own problem says so.
    for (const demand of parsed.brokenDemandRefs) this.voiced.set(demand, 1);
  }

  /** Pass 2 for one file (a parsed file or its reference record), once every file is added. */
  checkReferences(record: ReferenceRecord | ParsedFile): void {
    const file = record as unknown as ParsedFile;
    this.note(Check.References, checkReferences([file], this.registryImpl));
    // The rule of check-demand-coverage.ts, against the voiced set of the whole corpus.
    const unvoiced: AnnotationProblem[] = [];
    for (const { value: demand, path } of record.sections.demands) {
      if (!this.voiced.has(demand.id)) {
        unvoiced.push({ file: record.file, path, reason: `demand "${demand.id}" is never voiced: no statement SETS or REPEATS it` });
      }
    }
    this.note(Check.Voicing, unvoiced);
  }

  /** Every problem found, grouped by file in corpus order. */
  problems(): AnnotationProblem[] {
    // Display path to its position in the corpus (the last, if a path comes twice); built only when asked.
    const rank = new Map<string, number>();
    for (let index = 0; index < this.filesAdded; index++) rank.set(this.registryImpl.fileAt(index), index);
    const rankOf = (problem: AnnotationProblem) => rank.get(problem.file) ?? 0;
    return [...this.found]
      .sort((a, b) => rankOf(a.problem) - rankOf(b.problem) || a.check - b.check || a.seq - b.seq)
      .map(({ problem }) => problem);
  }

  /** `resolveFile`: where a file a problem names is on disk, so the problem can say its line; without it, no lines. */
  throwIfProblems(resolveFile?: (shown: string) => string): void {
    if (this.found.length === 0) return;
    const problems = this.problems();
    throw new AnnotationValidationError(resolveFile ? locateProblems(problems, resolveFile) : problems);
  }

  private note(check: Check, problems: readonly AnnotationProblem[]): void {
    for (const problem of problems) this.found.push({ problem, check, seq: this.seq++ });
  }

  /** checkArticleTexts on this file alone, plus the cross-file "already annotated" check in its place. */
  private articleTextProblems(parsed: ParsedFile, text: string | undefined): AnnotationProblem[] {
    const article = parsed.article?.value;
    const texts = new Map<string, string>();
    if (article && text !== undefined) texts.set(article.file, text);
    const problems = checkArticleTexts([parsed], texts);
    if (!article) return problems;
    const otherIndex = this.annotatedBy.get(article.file);
    if (otherIndex === undefined) {
      this.annotatedBy.set(article.file, this.filesAdded - 1);
      return problems;
    }
    const other = this.registryImpl.fileAt(otherIndex);
    // The header's own problems (article.file, article.title) come first, then this, then the statements'.
    const headerCount = problems.findIndex((problem) => !problem.path.startsWith('article.'));
    const at = headerCount === -1 ? problems.length : headerCount;
    const already = { file: parsed.file, path: 'article.file', reason: `"${article.file}" is already annotated in ${other}` };
    return [...problems.slice(0, at), already, ...problems.slice(at)];
  }
}
