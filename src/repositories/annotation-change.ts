// What a mutation adds, in the annotation format, and how it lands in the
// annotation files: a statement or a demand goes into the file of its
// article, a stance into the statement it belongs to, a new article into a
// file of its own. Pure: the documents and texts are edited in memory.
import { parse, stringify } from 'yaml';
import { BadUserInputError } from '../errors/api-errors';
import { memoByText } from '../text/memo-by-text';
import type { AnnotationSource } from './annotation-source';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export type AnnotationChange =
  | { kind: 'addArticle'; header: Doc; text: string }
  | { kind: 'addStatement'; article: string; statement: Doc }
  | { kind: 'addDemand'; article: string; demand: Doc; setBy: string | null }
  | { kind: 'addRejection'; statement: string; demand: string }
  /** A whole annotation file with its article text: the new actors, territories, events and relations it declares too. */
  | { kind: 'publishArticle'; document: Doc; text: string };

/** The annotation files being edited: unchanged ones keep their text, so problems keep their line numbers. */
export class AnnotationDocs {
  private readonly contents = new Map<string, string>();
  private readonly parsed = new Map<string, Doc | null>();
  private readonly edited = new Set<string>();
  readonly articleTexts: Map<string, string>;

  constructor(private readonly source: AnnotationSource) {
    for (const file of source.files) this.contents.set(file.path, file.content);
    this.articleTexts = new Map(source.articleTexts);
  }

  /** Files in the seeder's order: sorted by name, as load-corpus.ts reads them. */
  files(): { path: string; content: string }[] {
    return [...this.contents.keys()].sort().map((path) => ({
      path,
      content: this.edited.has(path) ? stringify(this.parsed.get(path)) : this.contents.get(path)!,
    }));
  }

  apply(change: AnnotationChange): void {
    switch (change.kind) {
      case 'addArticle':
        return this.addArticle(change.header, change.text);
      case 'addStatement':
        return this.append(this.articleFile(change.article), 'statements', change.statement);
      case 'addDemand': {
        const file = this.articleFile(change.article);
        this.append(file, 'demands', change.demand);
        if (change.setBy) this.addStance(change.setBy, change.demand.id, 'SETS');
        return;
      }
      case 'addRejection':
        return this.addStance(change.statement, change.demand, 'REJECTS');
      case 'publishArticle':
        return this.addArticleFile(change.document, change.text);
    }
  }

  /**
   * Whether the files already hold this change: a change made through the
   * API and later committed to seed/ as a file (and seeded from there) is
   * both in the files and in the log, and replaying it would add it twice.
   * Judged by ids, which the validator keeps unique across the corpus.
   */
  holds(change: AnnotationChange): boolean {
    switch (change.kind) {
      case 'addArticle':
        return this.findArticleFile(String(change.header.id)) !== null;
      case 'addStatement':
        return this.findStatement(String(change.statement.id)) !== null;
      case 'addDemand':
        return this.paths().some((path) =>
          (this.doc(path)?.demands as Doc[] | undefined)?.some?.((item) => item?.id === change.demand.id),
        );
      case 'addRejection':
        return this.hasStance(change.statement, change.demand, 'REJECTS');
      case 'publishArticle':
        return this.findArticleFile(String(change.document.article?.id)) !== null;
    }
  }

  private addArticle(header: Doc, text: string): void {
    this.addArticleFile({ article: header }, text);
  }

  /** A new annotation file, named after its article's text file, holding `document` as it is. */
  private addArticleFile(document: Doc, text: string): void {
    const header = document.article as Doc | undefined;
    if (!header || typeof header !== 'object')
      throw new BadUserInputError('The annotation has no article header (article:)', { argument: 'annotation' });
    const file = String(header.file);
    if (!/^[^/\\]+\.txt$/.test(file))
      throw new BadUserInputError(`file must be a file name ending in .txt, got "${file}"`, { argument: 'file' });
    const path = this.source.annotationPath(file.slice(0, -'.txt'.length));
    if (this.articleTexts.has(file) || this.contents.has(path)) {
      throw new BadUserInputError(`An article file "${file}" exists already`, { argument: 'file' });
    }
    this.articleTexts.set(file, text);
    this.contents.set(path, '');
    this.parsed.set(path, document);
    this.edited.add(path);
  }

  private append(path: string, section: string, item: Doc): void {
    const doc = this.doc(path)!;
    doc[section] = [...(Array.isArray(doc[section]) ? doc[section] : []), item];
    this.edited.add(path);
  }

  private addStance(statementId: string, demand: string, stance: string): void {
    const found = this.findStatement(statementId);
    if (!found) throw new BadUserInputError(`No statement with id "${statementId}"`, { argument: 'statement' });
    if (this.hasStance(statementId, demand, stance)) {
      throw new BadUserInputError(`Statement "${statementId}" already ${stance.toLowerCase()} demand "${demand}"`);
    }
    const { path, statement } = found;
    statement.demands = [...stancesOf(statement), { demand, stance }];
    this.edited.add(path);
  }

  private hasStance(statementId: string, demand: string, stance: string): boolean {
    const found = this.findStatement(statementId);
    return !!found && stancesOf(found.statement).some((item) => item?.demand === demand && item?.stance === stance);
  }

  private findStatement(statementId: string): { path: string; statement: Doc } | null {
    for (const path of this.paths()) {
      const statement = (this.doc(path)?.statements as Doc[] | undefined)?.find?.((item) => item?.id === statementId);
      if (statement) return { path, statement };
    }
    return null;
  }

  /** The annotation file whose article header has this id. */
  private articleFile(articleId: string): string {
    const path = this.findArticleFile(articleId);
    if (path === null) throw new BadUserInputError(`No article with id "${articleId}"`, { argument: 'article' });
    return path;
  }

  private findArticleFile(articleId: string): string | null {
    return this.paths().find((path) => this.doc(path)?.article?.id === articleId) ?? null;
  }

  private paths(): string[] {
    return [...this.contents.keys()];
  }

  /** The parsed document (this editor's own copy), or null when the file is not valid YAML (validation reports it). */
  private doc(path: string): Doc | null {
    if (!this.parsed.has(path)) {
      const { doc } = parsedDocument(this.contents.get(path)!);
      this.parsed.set(path, doc === null ? null : structuredClone(doc));
    }
    return this.parsed.get(path)!;
  }
}

// Every change looks through every file of the kept corpus (for an
// article, a statement), and all but the changed file read as they did the
// time before. Shared and frozen: doc() hands out copies to edit.
const parsedDocument = memoByText((content): { doc: Doc | null } => {
  try {
    const value: unknown = parse(content);
    return {
      doc: value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : value == null ? {} : null,
    };
  } catch {
    return { doc: null };
  }
});

function stancesOf(statement: Doc): Doc[] {
  return Array.isArray(statement.demands) ? statement.demands : [];
}
