// A temporary file of JSON lines: written once, read back once, in order.
// The seed-directory validator and the streaming seeder park what they will
// need later here instead of in memory.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import readline from 'node:readline';

const FLUSH_AT = 1 << 20;

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
    await this.flush();
    if (this.handle) {
      await this.handle.close();
      this.handle = null;
    }
    if (this.count === 0) return;
    const lines = readline.createInterface({ input: createReadStream(this.file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line !== '') yield JSON.parse(line) as T;
    }
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
