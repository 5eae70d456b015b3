// The corpus as items: every article header (with its text), actor,
// territory, event, statement, demand and relation, each with the file it
// is declared in (its home) and its place there. Files split into items and
// items join into files in normal form, so the corpus can be kept, compared
// and changed item by item and still be written back as the files it was.
import { parse } from 'yaml';
import { BadUserInputError } from '../errors/api-errors';
import type { Doc } from '../repositories/annotation-change';
import { SECTION_NAMES } from '../seed/annotation.schema';
import type { SectionName } from '../seed/annotation.schema';
import { memoByNameAndText } from '../text/memo-by-text';
import { KIND_OF_SECTION, SECTION_OF } from './item-kinds';
import type { ItemKind } from './item-kinds';
import { fileComment, normaliseItem, renderAnnotationFile } from './normal-form';

export interface AnnotationItem {
  kind: ItemKind;
  /** The item's id; a relation, which has none, is named type/from/to/article. */
  id: string;
  /** The annotation file that declares it, without .yaml: an article's stem or an _-file such as _shared. */
  home: string;
  /** Its place in its section of that file. */
  pos: number;
  /** The item in the annotation format (for an article, its header), in normal form. */
  body: Doc;
  /** An article's text. */
  text?: string;
}

export interface AnnotationFileText {
  /** The file name, e.g. 000_6d5f0d2b299922d5.yaml. */
  name: string;
  content: string;
}

export interface CorpusFiles {
  files: AnnotationFileText[];
  /** Article file name (000_6d5f0d2b299922d5.txt) to its text. */
  articleTexts: Map<string, string>;
}

export function relationId(body: Doc): string {
  return [body.type, body.from, body.to, body.article].map(String).join('/');
}

/**
 * The key an item is kept under. Ids are unique across the corpus, but a
 * relation may be stated in several files (and twice in one), so its key
 * also names its file and which repeat it is.
 */
export function itemKey(item: Pick<AnnotationItem, 'kind' | 'id' | 'home'>, repeat = 0): string {
  return item.kind === 'relation' ? `relation:${item.home}:${item.id}:${repeat}` : `${item.kind}:${item.id}`;
}

/** Keys for a list of items, numbering repeated relations in order. */
export function keyedItems(items: readonly AnnotationItem[]): Map<string, AnnotationItem> {
  const keyed = new Map<string, AnnotationItem>();
  const repeats = new Map<string, number>();
  for (const item of [...items].sort(byPlace)) {
    const first = itemKey(item);
    const repeat = repeats.get(first) ?? 0;
    repeats.set(first, repeat + 1);
    keyed.set(itemKey(item, repeat), item);
  }
  return keyed;
}

/** What a sync compares: everything about an item but its place in the file. */
export function itemContent(item: AnnotationItem | undefined): string | null {
  return item ? JSON.stringify({ home: item.home, body: item.body, text: item.text ?? null }) : null;
}

const SECTION_RANK = new Map<string, number>([['article', -1], ...SECTION_NAMES.map((name, i) => [name, i] as const)]);
const sectionOf = (kind: ItemKind): SectionName | 'article' => (kind === 'article' ? 'article' : SECTION_OF[kind]);

function byPlace(a: AnnotationItem, b: AnnotationItem): number {
  if (a.home !== b.home) return a.home < b.home ? -1 : 1;
  const section = SECTION_RANK.get(sectionOf(a.kind))! - SECTION_RANK.get(sectionOf(b.kind))!;
  return section !== 0 ? section : a.pos - b.pos;
}

export const stemOf = (name: string, extension: string) =>
  name.endsWith(extension) ? name.slice(0, -extension.length) : name;

/** The items of annotation files that passed validation. */
export function itemsFromFiles(corpus: CorpusFiles): AnnotationItem[] {
  const items: AnnotationItem[] = [];
  for (const file of corpus.files) {
    for (const item of itemsOfFile(stemOf(file.name, '.yaml'), file.content)) {
      const text = item.kind === 'article' ? corpus.articleTexts.get(String(item.body.file)) : undefined;
      items.push(text !== undefined ? { ...item, text } : item);
    }
  }
  return items;
}

// One file's items without the article text, by home and content: the kept
// corpus is split into items at every change to it, and all but the changed
// file split as they did the time before.
const itemsOfFile = memoByNameAndText((home, content): AnnotationItem[] => {
  const doc = (parse(content) ?? {}) as Doc;
  const items: AnnotationItem[] = [];
  if (doc.article) {
    const body = normaliseItem('article', doc.article);
    items.push({ kind: 'article', id: String(body.id), home, pos: 0, body });
  }
  for (const section of SECTION_NAMES) {
    const list: unknown[] = Array.isArray(doc[section]) ? doc[section] : [];
    list.forEach((raw, pos) => {
      const kind = KIND_OF_SECTION[section];
      const body = normaliseItem(section, raw);
      items.push({ kind, id: kind === 'relation' ? relationId(body) : String(body.id), home, pos, body });
    });
  }
  return items;
});

/** The annotation files (normal form, sorted by name) and article texts the items make. */
export function filesFromItems(items: readonly AnnotationItem[]): CorpusFiles {
  const homes = new Map<string, AnnotationItem[]>();
  for (const item of [...items].sort(byPlace)) {
    if (!homes.has(item.home)) homes.set(item.home, []);
    homes.get(item.home)!.push(item);
  }
  const files: AnnotationFileText[] = [];
  const articleTexts = new Map<string, string>();
  for (const home of [...homes.keys()].sort()) {
    const sections: Partial<Record<SectionName, Doc[]>> = {};
    let article: Doc | undefined;
    for (const item of homes.get(home)!) {
      if (item.kind === 'article') {
        if (article)
          throw new BadUserInputError(
            `The annotation file ${home}.yaml would declare two articles, "${String(article.id)}" and "${item.id}"`,
          );
        article = item.body;
        if (item.text !== undefined) articleTexts.set(String(item.body.file), item.text);
        continue;
      }
      const section = SECTION_OF[item.kind];
      (sections[section] ??= []).push(item.body);
    }
    const content = renderAnnotationFile({ article, sections }, fileComment(article ? String(article.file) : null));
    files.push({ name: `${home}.yaml`, content });
  }
  return { files, articleTexts };
}
