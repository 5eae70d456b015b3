// A list that lives in a file and is read back one item at a time, by
// index: for what a pass needs only now and then (a file's name for a
// problem message, an actor's name for an article's outlet), so memory does
// not hold one string per file or per actor. Items are appended as JSON
// lines in chunks of about 64 KiB; one byte offset per item (a Float64Array,
// outside the V8 heap: 8 bytes an item) finds each line again.
//
// Without a file the items stay in an array: for callers that hold the whole
// corpus anyway (validate-corpus.ts, loadCorpus) and have no spool directory.
import { appendFileSync, closeSync, openSync, readFileSync, readSync } from 'node:fs';

/** Characters buffered before they are appended to the file. */
const FLUSH_AT = 1 << 16;

export class DiskList<T> {
  private readonly inMemory: T[] | undefined;
  private offsets = new Float64Array(1024);
  private count = 0;
  /** Items on disk (the rest wait in `pending`) and the bytes they take. */
  private flushedCount = 0;
  private flushedBytes = 0;
  private pending: string[] = [];
  private pendingChars = 0;
  private readHandle: number | undefined;

  /** `file`: where the items go (the caller removes it, after close()); without it, kept in memory. */
  constructor(private readonly file?: string) {
    this.inMemory = file === undefined ? [] : undefined;
  }

  get length(): number {
    return this.inMemory ? this.inMemory.length : this.count;
  }

  /** Appends an item (JSON-safe: what comes back is its JSON parsed); returns its index. */
  push(item: T): number {
    if (this.inMemory) return this.inMemory.push(item) - 1;
    const line = `${JSON.stringify(item)}\n`;
    this.pending.push(line);
    this.pendingChars += line.length;
    const index = this.count++;
    if (this.pendingChars >= FLUSH_AT) this.flush();
    return index;
  }

  get(index: number): T {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) throw new RangeError(`DiskList: no item ${index} (length ${this.length})`);
    if (this.inMemory) return this.inMemory[index];
    if (index >= this.flushedCount) return JSON.parse(this.pending[index - this.flushedCount]) as T;
    const start = this.offsets[index];
    const end = index + 1 < this.flushedCount ? this.offsets[index + 1] : this.flushedBytes;
    const bytes = Buffer.allocUnsafe(end - start);
    this.readHandle ??= openSync(this.file!, 'r');
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(this.readHandle, bytes, read, bytes.length - read, start + read);
      if (got === 0) throw new Error(`DiskList: ${this.file} ends before item ${index}`);
      read += got;
    }
    return JSON.parse(bytes.toString('utf8')) as T;
  }

  /** Every item in order (one read of the whole file: for the rare pass over all of them, e.g. an error message's suggestions). */
  *all(): IterableIterator<T> {
    if (this.inMemory) {
      yield* this.inMemory;
      return;
    }
    this.flush();
    if (this.flushedCount === 0) return;
    for (const line of readFileSync(this.file!, 'utf8').split('\n')) if (line !== '') yield JSON.parse(line) as T;
  }

  /** Closes the file it reads from (the list can still be read: it opens the file again). */
  close(): void {
    if (this.readHandle !== undefined) closeSync(this.readHandle);
    this.readHandle = undefined;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    if (this.offsets.length < this.count + 1) {
      const grown = new Float64Array(Math.max(this.offsets.length * 2, this.count + 1));
      grown.set(this.offsets);
      this.offsets = grown;
    }
    appendFileSync(this.file!, this.pending.join(''));
    for (const line of this.pending) {
      this.offsets[this.flushedCount++] = this.flushedBytes;
      this.flushedBytes += Buffer.byteLength(line);
    }
    this.pending = [];
    this.pendingChars = 0;
  }
}
