// Ids are global across files and sections (one Neo4j constraint on
// Entity.id), so every declaration goes into one registry and a second
// declaration of the same id is a problem wherever it is.
//
// The registry is built file by file (the validator streams a seed directory
// and never holds all files), and it is compact: one number per id, which
// packs the file, the kind and the item index, in a table keyed by the id's
// 64-bit hash (hashed-id-table.ts: no id text in memory, and what a hash
// collision would do). The file's display path and article id are kept once
// per file, on disk when a file is given (disk-list.ts: a 1M-statement corpus
// has 100,000 files, and an array of their paths grew the heap by about 15
// MiB), and read back only when asked: a problem message, or a relation's
// statement checked against its article. A declaration's path is rebuilt
// from its kind and index (`statements[3]`). The ids' text, needed only to
// suggest a near miss for an unknown id, goes to a file when one is given
// (a DiskList).
import type { AnnotationProblem } from './annotation-error';
import { SECTION_NAMES } from './annotation.schema';
import { ownString } from './own-string';
import { DiskList } from './disk-list';
import { HashedIdTable } from './hashed-id-table';
import { NamedItems } from './named-items';
import type { IdKind, ParsedFile } from './parsed-file';

export interface Declaration {
  id: string;
  kind: IdKind;
  file: string;
  path: string;
  /** For statements: the id of the article their file describes. */
  article: string | null;
}

/** What the cross-file checks ask of the registry. */
export interface IdRegistry {
  get(id: string): Declaration | undefined;
  values(): IterableIterator<Declaration>;
  readonly size: number;
  /** The id of an actor, territory or event of `kinds` whose name or alias an unknown id spells (the error path only). */
  namedLike(wanted: string, kinds: readonly IdKind[]): string | null;
}

const KIND_OF_SECTION = {
  actors: 'actor',
  territories: 'territory',
  events: 'event',
  statements: 'statement',
  demands: 'demand',
} as const;

const KINDS: readonly IdKind[] = ['article', 'actor', 'territory', 'event', 'statement', 'demand'];
const SECTION_OF_KIND: Record<IdKind, string> = {
  article: 'article',
  actor: 'actors',
  territory: 'territories',
  event: 'events',
  statement: 'statements',
  demand: 'demands',
};
/** Items per section a packed code can tell apart (2^22); files: 2^27. Together with the kind: 52 bits, exact in a double. */
const ITEM_SLOTS = 4_194_304;
const KIND_SLOTS = 8;
const MAX_FILES = 134_217_728;

/** Declarations of one file in document order, valid and broken items alike. */
function declarationsOf(file: ParsedFile): { id: string; kind: IdKind; path: string }[] {
  const found: { order: number; declaration: { id: string; kind: IdKind; path: string } }[] = [];
  const add = (id: string, kind: IdKind, path: string) => {
    // Sort key: article first, then sections in schema order, then item index.
    const match = /^(\w+)\[(\d+)\]$/.exec(path);
    const order = match ? (SECTION_NAMES.indexOf(match[1] as never) + 1) * 1e6 + Number(match[2]) : 0;
    found.push({ order, declaration: { id, kind, path } });
  };
  if (file.article) add(file.article.value.id, 'article', file.article.path);
  for (const [section, kind] of Object.entries(KIND_OF_SECTION) as [keyof typeof KIND_OF_SECTION, IdKind][]) {
    for (const item of file.sections[section]) add(item.value.id, kind, item.path);
  }
  for (const broken of file.brokenIds) add(broken.id, broken.kind, broken.path);
  return found.sort((a, b) => a.order - b.order).map((entry) => entry.declaration);
}

/**
 * The registry of a whole corpus, filled one file at a time in corpus order
 * (the first declaration of an id wins; later ones are problems).
 */
export class CompactIdRegistry implements IdRegistry {
  private readonly codes = new HashedIdTable();
  /** The ids' text in the order registered (JSON lines on disk: an id that failed the schema may hold any character). */
  private readonly texts: DiskList<string>;
  /** Per file, in the order added: its display path and the id of its article. */
  private readonly files: DiskList<[file: string, article: string | null]>;
  /** The named items' names and aliases, for suggestions. */
  private readonly names: NamedItems;
  /** Paths that do not have the `section[index]` shape (none in practice): kept as they are. */
  private readonly oddPaths = new Map<string, string>();

  /**
   * `idsFile`, `filesFile`, `namesFile`: where the ids' text, the files'
   * paths and the named items' names go (temporary files the caller
   * removes, after close()); without them, kept in memory.
   */
  constructor(options: { idsFile?: string; filesFile?: string; namesFile?: string } = {}) {
    this.texts = new DiskList(options.idsFile);
    this.files = new DiskList(options.filesFile);
    this.names = new NamedItems(options.namesFile);
  }

  get size(): number {
    return this.codes.size;
  }

  /** The display path of the index-th file added. */
  fileAt(index: number): string {
    return this.files.get(index)[0];
  }

  /** Stops reading the files' paths from their file (they can still be read: it opens it again). */
  close(): void {
    this.files.close();
    this.texts.close();
    this.names.close();
  }

  /** Registers every declaration of one file; returns the duplicate-id problems it has. */
  addFile(file: ParsedFile): AnnotationProblem[] {
    const fileIndex = this.files.length;
    if (fileIndex >= MAX_FILES) throw new Error(`too many annotation files (at most ${MAX_FILES})`);
    // Copies (when kept in memory): a string parsed from a file may keep the whole file's text alive.
    this.files.push([ownString(file.file), file.articleId === null ? null : ownString(file.articleId)]);
    this.names.addFile(file);
    const problems: AnnotationProblem[] = [];
    for (const declaration of declarationsOf(file)) {
      const first = this.get(declaration.id);
      if (!first) {
        this.codes.set(declaration.id, this.encode(fileIndex, declaration));
        this.texts.push(ownString(declaration.id));
        continue;
      }
      const where = first.file === file.file ? first.path : `${first.file} ${first.path}`;
      problems.push({
        file: file.file,
        path: `${declaration.path}.id`,
        reason: `duplicate id "${declaration.id}": already declared at ${where} (ids are global across files and sections)`,
      });
    }
    return problems;
  }

  get(id: string): Declaration | undefined {
    const code = this.codes.get(id);
    return code === undefined ? undefined : this.decode(id, code);
  }

  namedLike(wanted: string, kinds: readonly IdKind[]): string | null {
    return this.names.named(wanted, kinds);
  }

  /** Every declaration in the order registered (reads the ids back from their file: the error path only). */
  *values(): IterableIterator<Declaration> {
    for (const id of this.texts.all()) yield this.decode(id, this.codes.get(id)!);
  }

  private encode(fileIndex: number, declaration: { id: string; kind: IdKind; path: string }): number {
    const kind = KINDS.indexOf(declaration.kind);
    let item = 0;
    const match = /^(\w+)\[(\d+)\]$/.exec(declaration.path);
    const regular =
      declaration.kind === 'article'
        ? declaration.path === 'article'
        : match !== null && match[1] === SECTION_OF_KIND[declaration.kind] && Number(match[2]) < ITEM_SLOTS;
    if (regular && match) item = Number(match[2]);
    if (!regular) this.oddPaths.set(ownString(declaration.id), ownString(declaration.path));
    return (fileIndex * KIND_SLOTS + kind) * ITEM_SLOTS + item;
  }

  private decode(id: string, code: number): Declaration {
    const item = code % ITEM_SLOTS;
    const rest = (code - item) / ITEM_SLOTS;
    const kind = KINDS[rest % KIND_SLOTS];
    const fileIndex = (rest - (rest % KIND_SLOTS)) / KIND_SLOTS;
    const path = this.oddPaths.get(id) ?? (kind === 'article' ? 'article' : `${SECTION_OF_KIND[kind]}[${item}]`);
    // The file's path and article are read when asked (from disk, when the registry keeps them there): most checks need only the kind.
    const files = this.files;
    return {
      id,
      kind,
      get file() {
        return files.get(fileIndex)[0];
      },
      path,
      get article() {
        return files.get(fileIndex)[1];
      },
    };
  }
}

export function buildIdRegistry(files: readonly ParsedFile[]): { registry: IdRegistry; problems: AnnotationProblem[] } {
  const registry = new CompactIdRegistry();
  const problems: AnnotationProblem[] = [];
  for (const file of files) problems.push(...registry.addFile(file));
  return { registry, problems };
}
