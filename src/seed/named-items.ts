// Names and aliases of the named items (actors, territories, events), so a
// reference that spells a name as an id ("actor-russian-federation") can be
// pointed at the item that has that name as an alias ("actor-russia"). A
// near-miss id is not enough for these: annotators write ids from the name
// they read in the article, and the declared id may come from another name.
//
// Like the ids' text (id-registry.ts), the names are read only on the error
// path, so with a file they wait on disk: a corpus of a million statements
// has tens of thousands of actors.
import { foldForSearch } from '../text/fold';
import { DiskList } from './disk-list';
import type { IdKind, ParsedFile } from './parsed-file';
import { suggestId } from './suggest-id';

type NamedKind = Extract<IdKind, 'actor' | 'territory' | 'event'>;

/** "Russian Federation" and "actor-russian-federation" both become "russian-federation". */
function slug(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The words of an id after its kind prefix, if it has one ("actor-", "territory-", "event-"). */
function idWords(id: string, kind: NamedKind): string {
  return slug(id.startsWith(`${kind}-`) ? id.slice(kind.length + 1) : id);
}

const NAMED_KINDS: readonly NamedKind[] = ['actor', 'territory', 'event'];

export class NamedItems {
  private readonly entries: DiskList<[kind: NamedKind, name: string, id: string]>;
  /** Per kind: the slug of every name and alias, to the id of the item that bears it (the first declared wins); built when first asked. */
  private byName: Record<NamedKind, Map<string, string>> | null = null;

  /** `file`: where the names go (the caller removes it, after close()); without it, kept in memory. */
  constructor(file?: string) {
    this.entries = new DiskList(file);
  }

  close(): void {
    this.entries.close();
  }

  addFile(file: ParsedFile): void {
    for (const { value } of file.sections.actors) this.add('actor', value.id, [value.name, ...value.aliases]);
    for (const { value } of file.sections.territories) this.add('territory', value.id, [value.name, ...value.aliases]);
    for (const { value } of file.sections.events) this.add('event', value.id, [value.name]);
  }

  /**
   * The id of an item of one of `kinds` whose name or alias the unknown id
   * spells, exactly or within a small edit distance; null if none does.
   */
  named(wanted: string, kinds: readonly IdKind[]): string | null {
    const byName = this.tables();
    for (const kind of kinds) {
      if (!NAMED_KINDS.includes(kind as NamedKind)) continue;
      const names = byName[kind as NamedKind];
      const words = idWords(wanted, kind as NamedKind);
      const exact = names.get(words);
      if (exact !== undefined) return exact;
      const near = suggestId(words, names.keys());
      if (near !== null) return names.get(near)!;
    }
    return null;
  }

  private add(kind: NamedKind, id: string, names: readonly string[]): void {
    for (const name of names) {
      const key = slug(name);
      if (key !== '') this.entries.push([kind, key, id]);
    }
  }

  private tables(): Record<NamedKind, Map<string, string>> {
    if (this.byName === null) {
      this.byName = { actor: new Map(), territory: new Map(), event: new Map() };
      for (const [kind, name, id] of this.entries.all()) {
        const table = this.byName[kind];
        if (!table.has(name)) table.set(name, id);
      }
    }
    return this.byName;
  }
}
