// Ids are global across files and sections (one Neo4j constraint on
// Entity.id), so every declaration goes into one map and a second declaration
// of the same id is a problem wherever it is.
import type { AnnotationProblem } from './annotation-error';
import { SECTION_NAMES } from './annotation.schema';
import type { IdKind, ParsedFile } from './parsed-file';

export interface Declaration {
  id: string;
  kind: IdKind;
  file: string;
  path: string;
  /** For statements: the id of the article their file describes. */
  article: string | null;
}

export type IdRegistry = Map<string, Declaration>;

const KIND_OF_SECTION = {
  actors: 'actor',
  territories: 'territory',
  events: 'event',
  statements: 'statement',
  demands: 'demand',
} as const;

/** Declarations of one file in document order, valid and broken items alike. */
function declarationsOf(file: ParsedFile): Declaration[] {
  const found: { order: number; declaration: Declaration }[] = [];
  const add = (id: string, kind: IdKind, path: string) => {
    // Sort key: article first, then sections in schema order, then item index.
    const match = /^(\w+)\[(\d+)\]$/.exec(path);
    const order = match ? (SECTION_NAMES.indexOf(match[1] as never) + 1) * 1e6 + Number(match[2]) : 0;
    found.push({ order, declaration: { id, kind, file: file.file, path, article: file.articleId } });
  };
  if (file.article) add(file.article.value.id, 'article', file.article.path);
  for (const [section, kind] of Object.entries(KIND_OF_SECTION) as [keyof typeof KIND_OF_SECTION, IdKind][]) {
    for (const item of file.sections[section]) add(item.value.id, kind, item.path);
  }
  for (const broken of file.brokenIds) add(broken.id, broken.kind, broken.path);
  return found.sort((a, b) => a.order - b.order).map((entry) => entry.declaration);
}

export function buildIdRegistry(files: readonly ParsedFile[]): { registry: IdRegistry; problems: AnnotationProblem[] } {
  const registry: IdRegistry = new Map();
  const problems: AnnotationProblem[] = [];
  for (const file of files) {
    for (const declaration of declarationsOf(file)) {
      const first = registry.get(declaration.id);
      if (!first) {
        registry.set(declaration.id, declaration);
        continue;
      }
      const where = first.file === declaration.file ? first.path : `${first.file} ${first.path}`;
      problems.push({
        file: declaration.file,
        path: `${declaration.path}.id`,
        reason: `duplicate id "${declaration.id}": already declared at ${where} (ids are global across files and sections)`,
      });
    }
  }
  return { registry, problems };
}
