// Adding, editing and retracting one item of the corpus, in the annotation
// format: the item sent is what the file will hold. Pure: the items are
// changed in memory; the caller validates the corpus they make exactly as
// files are validated, so these only check what validation cannot see
// (which item is meant, where a new one goes, what a retraction takes along).
import type { Doc } from '../repositories/annotation-change';
import { BadUserInputError } from '../errors/api-errors';
import { relationId, stemOf } from './annotation-items';
import type { AnnotationItem } from './annotation-items';
import type { ItemKind } from './item-kinds';
import { SECTION_OF } from './item-kinds';
import { normaliseItem } from './normal-form';

/** What the API edits: the items, and a statement's stance on a demand (named statement/demand). */
export type EditKind = ItemKind | 'stance';

/** The file that declares shared actors, territories and events. */
export const SHARED_HOME = '_shared';

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

function bad(message: string, argument = 'item'): never {
  throw new BadUserInputError(message, { argument });
}

/** The body of an item as sent, normalised; an article's text travels beside its header. */
function bodyOf(kind: ItemKind, item: Doc): { body: Doc; text?: string } {
  if (kind !== 'article') return { body: normaliseItem(SECTION_OF[kind], item) };
  const { text, ...header } = item;
  if (text !== undefined && (typeof text !== 'string' || text.trim() === ''))
    bad("an article's text must be a non-empty string");
  return { body: normaliseItem('article', header), ...(text !== undefined ? { text: text as string } : {}) };
}

const idOf = (kind: ItemKind, body: Doc) => (kind === 'relation' ? relationId(body) : String(body.id));

function homeOfArticle(items: readonly AnnotationItem[], articleId: string, argument: string): string {
  const article = items.find((item) => item.kind === 'article' && item.id === articleId);
  if (!article) bad(`No article with id "${articleId}"`, argument);
  return article.home;
}

function nextPos(items: readonly AnnotationItem[], home: string, kind: ItemKind): number {
  return items
    .filter((item) => item.home === home && item.kind === kind)
    .reduce((max, item) => Math.max(max, item.pos + 1), 0);
}

/**
 * A new item. Statements and demands go into their article's file (`article`
 * names it); actors, territories, events and relations into the file of the
 * article given, or of the article they cite, or _shared.yaml; an article into
 * a new file named after its text file.
 */
export function addItem(items: AnnotationItem[], kind: EditKind, item: Doc, article: string | null): AnnotationItem[] {
  if (kind === 'stance') return setStance(items, item, 'add');
  const { body, text } = bodyOf(kind, item);
  if (kind === 'article') {
    if (text === undefined) bad('a new article needs its text (item.text)');
    const file = String(body.file ?? '');
    if (!/^[^/\\]+\.txt$/.test(file)) bad(`file must be a file name ending in .txt, got "${file}"`);
    const home = stemOf(file, '.txt');
    if (items.some((other) => other.home === home || (other.kind === 'article' && other.body.file === file)))
      bad(`An article file "${file}" exists already`);
    return [...items, { kind, id: idOf(kind, body), home, pos: 0, body, text }];
  }
  let home: string;
  if (kind === 'statement' || kind === 'demand') {
    if (!article) bad(`a ${kind} is declared in its article's file: give article`, 'article');
    home = homeOfArticle(items, article, 'article');
  } else if (article) {
    home = homeOfArticle(items, article, 'article');
  } else if (typeof body.article === 'string' && items.some((i) => i.kind === 'article' && i.id === body.article)) {
    home = homeOfArticle(items, body.article, 'item');
  } else {
    home = SHARED_HOME;
  }
  return [...items, { kind, id: idOf(kind, body), home, pos: nextPos(items, home, kind), body }];
}

/** The item replaced by `item` (the whole item, in the annotation format), where it is. */
export function updateItem(items: AnnotationItem[], kind: EditKind, id: string, item: Doc): AnnotationItem[] {
  if (kind === 'stance') return setStance(items, { ...item, ...stanceRef(id) }, 'update');
  const targets = find(items, kind, id);
  const { body, text } = bodyOf(kind, item);
  if (kind !== 'relation' && body.id !== id)
    bad(`item.id "${String(body.id)}" is not "${id}": an id does not change; retract the item and add a new one`);
  if (kind === 'article' && body.file !== targets[0].body.file)
    bad("an article's file does not change; retract the article and add a new one");
  return items.map((existing) =>
    targets.includes(existing)
      ? { ...existing, id: idOf(kind, body), body, ...(kind === 'article' ? { text: text ?? existing.text } : {}) }
      : existing,
  );
}

/**
 * The item taken out, with what it holds (an article: its whole file). Items
 * that refer to it are named and the retraction refused, unless `cascade`:
 * then references in lists and optional fields are dropped, and the items
 * that cannot be without it (a statement of a retracted speaker, a demand of a
 * retracted owner, a relation of a retracted end) are retracted too.
 */
export function retractItem(items: AnnotationItem[], kind: EditKind, id: string, cascade: boolean): AnnotationItem[] {
  if (kind === 'stance') return setStance(items, stanceRef(id), 'retract');
  const gone = new Set<AnnotationItem>();
  const take = (item: AnnotationItem) => {
    if (gone.has(item)) return;
    gone.add(item);
    if (item.kind === 'article') items.filter((other) => other.home === item.home).forEach(take);
  };
  find(items, kind, id).forEach(take);

  let remaining = items.filter((item) => !gone.has(item));
  for (;;) {
    const ids = new Set([...gone].map((item) => item.id));
    const dependents = remaining.flatMap((item) => referencesTo(item, ids).map((ref) => ({ item, ...ref })));
    if (dependents.length === 0) return remaining;
    if (!cascade) {
      const named = dependents.map(({ item, field, to }) => `${item.kind} ${item.id} (${field} → ${to})`);
      throw new BadUserInputError(
        `Cannot retract ${kind} "${id}": ${named.length} reference(s) to what it retracts remain: ${named.join('; ')}. ` +
          'Change or retract them first, or retract with cascade: true',
        {
          argument: 'id',
          dependents: dependents.map(({ item, field, to }) => ({ kind: item.kind, id: item.id, field, to })),
        },
      );
    }
    const needing = new Set(dependents.filter((dependent) => dependent.required).map((dependent) => dependent.item));
    needing.forEach(take);
    remaining = remaining
      .filter((item) => !gone.has(item))
      .map((item) => (dependents.some((dependent) => dependent.item === item) ? withoutReferences(item, ids) : item));
  }
}

function find(items: readonly AnnotationItem[], kind: ItemKind, id: string): AnnotationItem[] {
  const found = items.filter((item) => item.kind === kind && item.id === id);
  if (found.length === 0) throw new BadUserInputError(`No ${kind} with id "${id}"`, { argument: 'id' });
  return found;
}

// Where each kind refers to other items: scalar fields (required or optional) and lists.
const SCALAR_REFS: Record<ItemKind, { field: string; required: boolean }[]> = {
  article: [{ field: 'outlet', required: false }],
  actor: [],
  territory: [],
  event: [{ field: 'article', required: false }],
  statement: [
    { field: 'speaker', required: true },
    { field: 'onBehalfOf', required: false },
    { field: 'reportedBy', required: false },
  ],
  demand: [{ field: 'owner', required: true }],
  relation: [
    { field: 'from', required: true },
    { field: 'to', required: true },
    { field: 'article', required: true },
    { field: 'statement', required: false },
  ],
};
const LIST_REFS: Record<ItemKind, string[]> = {
  article: [],
  actor: [],
  territory: [],
  event: ['participants', 'territories'],
  statement: ['targets', 'mentions'],
  demand: ['addressedTo', 'territories', 'conflictsWith'],
  relation: [],
};

function referencesTo(item: AnnotationItem, ids: Set<string>): { field: string; to: string; required: boolean }[] {
  const refs: { field: string; to: string; required: boolean }[] = [];
  for (const { field, required } of SCALAR_REFS[item.kind]) {
    const value = item.body[field];
    if (typeof value === 'string' && ids.has(value)) refs.push({ field, to: value, required });
  }
  for (const field of LIST_REFS[item.kind]) {
    const list: unknown[] = Array.isArray(item.body[field]) ? item.body[field] : [];
    for (const value of list)
      if (typeof value === 'string' && ids.has(value)) refs.push({ field, to: value, required: false });
  }
  if (item.kind === 'statement') {
    const stances: unknown[] = Array.isArray(item.body.demands) ? item.body.demands : [];
    for (const stance of stances) {
      if (isDoc(stance) && typeof stance.demand === 'string' && ids.has(stance.demand))
        refs.push({ field: `demands (${String(stance.stance)})`, to: stance.demand, required: false });
    }
  }
  return refs;
}

function withoutReferences(item: AnnotationItem, ids: Set<string>): AnnotationItem {
  const body: Doc = { ...item.body };
  for (const { field } of SCALAR_REFS[item.kind])
    if (typeof body[field] === 'string' && ids.has(body[field])) body[field] = null;
  for (const field of LIST_REFS[item.kind])
    if (Array.isArray(body[field]))
      body[field] = body[field].filter((value: unknown) => !(typeof value === 'string' && ids.has(value)));
  if (item.kind === 'statement' && Array.isArray(body.demands))
    body.demands = body.demands.filter((stance: unknown) => !(isDoc(stance) && ids.has(String(stance.demand))));
  return { ...item, body };
}

function stanceRef(id: string): { statement: string; demand: string } {
  const [statement, demand, ...rest] = id.split('/');
  if (!statement || !demand || rest.length > 0)
    bad(`a stance is named statement/demand, e.g. stmt-000-01/demand-x; got "${id}"`, 'id');
  return { statement, demand };
}

/** A stance is an entry of its statement's demands: adding, changing or removing it changes the statement. */
function setStance(items: AnnotationItem[], stance: Doc, how: 'add' | 'update' | 'retract'): AnnotationItem[] {
  const statementId = String(stance.statement ?? '');
  const demand = String(stance.demand ?? '');
  const statement = items.find((item) => item.kind === 'statement' && item.id === statementId);
  if (!statement) bad(`No statement with id "${statementId}"`, how === 'add' ? 'item' : 'id');
  const stances: Doc[] = Array.isArray(statement.body.demands) ? statement.body.demands : [];
  const index = stances.findIndex((entry) => entry?.demand === demand);
  let next: Doc[];
  if (how === 'add') {
    if (index >= 0) bad(`Statement "${statementId}" already takes a stance on demand "${demand}": update it`);
    next = [...stances, { demand, stance: stance.stance }];
  } else {
    if (index < 0) bad(`Statement "${statementId}" takes no stance on demand "${demand}"`, 'id');
    next =
      how === 'retract'
        ? stances.filter((_, i) => i !== index)
        : stances.map((entry, i) => (i === index ? { demand, stance: stance.stance } : entry));
  }
  return items.map((item) =>
    item === statement ? { ...item, body: normaliseItem('statements', { ...item.body, demands: next }) } : item,
  );
}
