// The generated corpus's shared declarations (actors, territories) split
// into `_`-files of at most SHARED_ITEMS_PER_FILE items: the seeder parses
// each annotation file whole, so its memory follows the largest file, and
// one file of every actor (55,000 items, 8.9 MB at 1M statements) made it
// grow with the corpus. A corpus whose declarations fit in one file keeps
// the single `_shared.yaml` of earlier corpora; a larger one has
// `_shared-0001.yaml`, `_shared-0002.yaml`, ... in declaration order.
import path from 'node:path';

/** Items (actors and territories together) per shared file. */
export const SHARED_ITEMS_PER_FILE = 2000;

const HEADER = '# Synthetic benchmark corpus (bench/generate-corpus.ts). Shared declarations.\n\n';

export type SharedSection = 'actors' | 'territories';

export class SharedFiles {
  private text = HEADER;
  private section: SharedSection | null = null;
  private items = 0;
  /** Files written so far (the one being filled is not among them). */
  private written = 0;

  /** `write(file, content)`: how a file is written (the generator counts its bytes). */
  constructor(
    private readonly dir: string,
    private readonly write: (file: string, content: string) => void,
    private readonly itemsPerFile = SHARED_ITEMS_PER_FILE,
  ) {
    if (!(itemsPerFile >= 1)) throw new Error(`SharedFiles: itemsPerFile must be at least 1, got ${itemsPerFile}`);
  }

  /** Adds one item, its YAML lines as they go under the section's key. */
  add(section: SharedSection, item: string): void {
    if (this.items === this.itemsPerFile) this.writeFile(this.numbered(this.written + 1));
    if (this.section !== section) {
      this.text += `${section}:\n`;
      this.section = section;
    }
    this.text += item;
    this.items += 1;
  }

  /** Writes the last file: `_shared.yaml` when it is the only one. */
  finish(): void {
    this.writeFile(this.written === 0 ? '_shared.yaml' : this.numbered(this.written + 1));
  }

  private numbered(index: number): string {
    return `_shared-${String(index).padStart(4, '0')}.yaml`;
  }

  private writeFile(name: string): void {
    this.write(path.join(this.dir, name), this.text);
    this.written += 1;
    this.text = HEADER;
    this.section = null;
    this.items = 0;
  }
}
