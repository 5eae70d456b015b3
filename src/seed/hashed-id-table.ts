// A map from id text to a packed number (id-registry.ts), holding no text:
// each id is kept as a 64-bit hash (two 32-bit halves) in typed arrays with
// open addressing, 16 bytes a slot and at most 3/4 of the slots used (21-43
// bytes an id as the table doubles) instead of the ~165 a Map<string, number>
// entry costs, and nothing for the garbage collector to walk.
//
// Two different ids with the same 64-bit hash would be taken for one. The
// chance is about n²/2^65 (1e-8 at a million ids), and neither outcome is
// silent: a second declaration is reported as a duplicate id (a refused
// corpus, not a wrong graph), and a reference to an undeclared id taken for
// a declared one becomes an edge whose end is not in the store, which fails
// the seed (written-count.ts).

// Read once: the hash multiplies six times per character, and where the global
// object is a vm context's (jest runs every test file in one) each lookup of
// the global `Math` is slow: 300,000 ids took 20 s there against 0.2 s.
const { imul } = Math;

/** Empty slot marker in `values` (stored values are never negative). */
const EMPTY = -1;

export class HashedIdTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private stored: Float64Array;
  private count = 0;

  constructor(capacity = 1024) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(Math.ceil((capacity * 4) / 3), 16)));
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.stored = new Float64Array(slots).fill(EMPTY);
  }

  get size(): number {
    return this.count;
  }

  get(id: string): number | undefined {
    hash(id);
    const slot = this.find(hashHi, hashLo);
    return this.stored[slot] === EMPTY ? undefined : this.stored[slot];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Sets the value of `id` (a non-negative number exact in a double). */
  set(id: string, value: number): void {
    if (!(value >= 0)) throw new Error(`HashedIdTable: values must be non-negative, got ${value}`);
    hash(id);
    let slot = this.find(hashHi, hashLo);
    if (this.stored[slot] === EMPTY) {
      // Keep at most 3/4 of the slots used: probes stay short with a well-mixed hash, and the table stays small.
      if ((this.count + 1) * 4 > this.stored.length * 3) {
        this.grow();
        slot = this.find(hashHi, hashLo);
      }
      this.hi[slot] = hashHi;
      this.lo[slot] = hashLo;
      this.count += 1;
    }
    this.stored[slot] = value;
  }

  /** The slot holding this hash, or the empty slot where it would go (linear probing). */
  private find(hi: number, lo: number): number {
    const mask = this.stored.length - 1;
    for (let slot = (lo ^ imul(hi, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      if (this.stored[slot] === EMPTY || (this.hi[slot] === hi && this.lo[slot] === lo)) return slot;
    }
  }

  private grow(): void {
    const { hi, lo, stored } = this;
    this.hi = new Uint32Array(stored.length * 2);
    this.lo = new Uint32Array(stored.length * 2);
    this.stored = new Float64Array(stored.length * 2).fill(EMPTY);
    for (let old = 0; old < stored.length; old++) {
      if (stored[old] === EMPTY) continue;
      const slot = this.find(hi[old], lo[old]);
      this.hi[slot] = hi[old];
      this.lo[slot] = lo[old];
      this.stored[slot] = stored[old];
    }
  }
}

// The last hash computed (module state, so hashing allocates nothing).
let hashHi = 0;
let hashLo = 0;

/** Two independent 32-bit hashes of the UTF-16 code units: FNV-1a and a murmur3-style mix with another seed. */
function hash(text: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = imul(a ^ c, 0x01000193);
    let k = imul(c, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    b ^= imul(k, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (imul(b, 5) + 0xe6546b64) | 0;
  }
  // Final avalanche of both halves.
  a ^= a >>> 16;
  a = imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b ^= b >>> 16;
  b = imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  hashHi = a >>> 0;
  hashLo = b >>> 0;
}
