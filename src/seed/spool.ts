// A temporary file of JSON lines: written once, read back once, in order.
// The seed-directory validator and the streaming seeder park what they will
// need later here instead of in memory.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/**
 * Characters buffered per spool before a write. The seeder has 30 spools
 * open, and on a large corpus every one of them fills its buffer: at 256 KiB
 * that was 8-15 MiB of live heap (strings take up to 2 bytes a character),
 * most of what the streamed seeder's heap grew by from 10k to 100k
 * statements; at 64 KiB it is 2-4 MiB, and the writes are still large.
 */
const FLUSH_AT = 1 << 16;

export class Spool<T> {
  private handle: FileHandle | null = null;
  private buffer: string[] = [];
  private buffered = 0;
  private count = 0;

  constructor(readonly file: string) {}

  get length(): number {
    return this.count;
  }

  async write(item: T): Promise<void> {
    const line = JSON.stringify(item);
    this.buffer.push(line);
    this.buffered += line.length + 1;
    this.count += 1;
    if (this.buffered >= FLUSH_AT) await this.flush();
  }

  /** Reads every item back, in the order written (closes the file for writing first). */
  async *read(): AsyncGenerator<T> {
    for await (const { item } of this.entries()) yield item;
  }

  /** Like read(), with the length of each item's JSON (a measure of its size). */
  async *entries(): AsyncGenerator<{ item: T; size: number }> {
    await this.flush();
    if (this.handle) {
      await this.handle.close();
      this.handle = null;
    }
    if (this.count === 0) return;
    // Read chunk by chunk and split by hand: the stream's own iterator pulls a
    // chunk only when asked (readline's buffers lines ahead of a slow reader).
    let rest = '';
    for await (const chunk of createReadStream(this.file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
      const text = rest + (chunk as string);
      let start = 0;
      for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
        const line = text.slice(start, end);
        start = end + 1;
        if (line !== '') yield { item: JSON.parse(line) as T, size: line.length };
      }
      rest = text.slice(start);
    }
    if (rest !== '') yield { item: JSON.parse(rest) as T, size: rest.length };
  }

  async close(): Promise<void> {
    if (this.handle) await this.handle.close();
    this.handle = null;
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    this.handle ??= await open(this.file, 'a');
    const text = this.buffer.join('\n') + '\n';
    this.buffer = [];
    this.buffered = 0;
    await this.handle.write(text);
  }
}
