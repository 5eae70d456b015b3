// The one way an annotation file is written back: the schema's key order,
// every optional value spelt out (null or []), double quotes only where YAML
// needs them, no line folding, and the values inside an item written on one
// line ({ ... } and [ ... ]). Two exports of the same corpus are the same
// bytes, and a change to one item changes only that item's lines, so a
// reviewer's diff shows what changed and nothing else. The normal form
// parses to the very values the hand-written file does (the schema fills the
// same defaults), so it seeds the identical graph.
import { Document, isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { ArticleHeaderSchema, SECTION_NAMES, SECTION_SCHEMAS } from '../seed/annotation.schema';
import type { SectionName } from '../seed/annotation.schema';
import type { Doc } from '../repositories/annotation-change';
import { memoByText } from '../text/memo-by-text';

const STRINGIFY_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  singleQuote: false,
  flowCollectionPadding: true,
} as const;

/** The item as the schema reads it (defaults filled, keys in the schema's order); as given when it does not pass. */
export function normaliseItem(section: SectionName | 'article', item: unknown): Doc {
  const schema = section === 'article' ? ArticleHeaderSchema : SECTION_SCHEMAS[section];
  const parsed = schema.safeParse(item);
  return (parsed.success ? parsed.data : item) as Doc;
}

export interface FileContents {
  /** Article files: the header. */
  article?: Doc;
  sections: Partial<Record<SectionName, Doc[]>>;
}

/** One annotation file in normal form. `comment` opens it. */
export function renderAnnotationFile(contents: FileContents, comment: string): string {
  return renderRemembered(JSON.stringify([comment, contents.article ?? null, contents.sections])).text;
}

// The kept corpus is rendered whole at every change to it, and all but the
// changed file render as they did the time before. Items are JSON data (the
// schema's values), so their JSON names what is rendered; rendering from the
// key itself keeps the two from ever disagreeing.
const renderRemembered = memoByText((key) => {
  const [comment, article, sections] = JSON.parse(key) as [string, Doc | null, FileContents['sections']];
  return { text: render({ ...(article ? { article } : {}), sections }, comment) };
});

function render(contents: FileContents, comment: string): string {
  const value: Doc = {};
  if (contents.article) value.article = contents.article;
  for (const section of SECTION_NAMES) {
    const items = contents.sections[section];
    if (items && items.length > 0) value[section] = items;
  }
  const document = new Document(value);
  // The header and each item of a section are written as blocks, the values
  // inside them (dates, spans, lists of ids, stances) each on one line.
  const flowInside = (node: unknown, depth: number) => {
    if (!isMap(node) && !isSeq(node)) return;
    if (depth >= 1) (node as Node & { flow?: boolean }).flow = true;
    for (const entry of node.items) flowInside(isMap(node) ? (entry as { value: unknown }).value : entry, depth + 1);
  };
  const root = document.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const blocks = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const block of blocks) if (isMap(block)) for (const entry of block.items) flowInside(entry.value, 1);
    }
  }
  document.commentBefore = comment;
  return document.toString(STRINGIFY_OPTIONS);
}

/** The opening comment of a file in normal form. */
export function fileComment(articleFile: string | null): string {
  return articleFile
    ? ` Annotations of seed/articles/${articleFile} (docs/model.md). Offsets: UTF-16, end exclusive.`
    : ' Actors, territories, events and relations declared by no single article (docs/model.md).';
}
