// The kinds of annotation item the corpus is made of, and the file section
// each lives in. A stance is not an item of its own: it is an entry of its
// statement's `demands`, so changing a stance changes that statement.
import type { SectionName } from '../seed/annotation.schema';

export const ITEM_KINDS = ['article', 'actor', 'territory', 'event', 'statement', 'demand', 'relation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The file section of each kind but the article, whose header is the file's `article:`. */
export const SECTION_OF: Record<Exclude<ItemKind, 'article'>, SectionName> = {
  actor: 'actors',
  territory: 'territories',
  event: 'events',
  statement: 'statements',
  demand: 'demands',
  relation: 'relations',
};

export const KIND_OF_SECTION: Record<SectionName, Exclude<ItemKind, 'article'>> = {
  actors: 'actor',
  territories: 'territory',
  events: 'event',
  statements: 'statement',
  demands: 'demand',
  relations: 'relation',
};

export function isItemKind(value: string): value is ItemKind {
  return (ITEM_KINDS as readonly string[]).includes(value);
}
