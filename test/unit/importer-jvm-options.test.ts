import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { C1_ONLY_BELOW_BYTES, importerJitAndGcOptions } from '../../src/db/neo4j-admin-import';

describe('the importer JVM options', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-importer-options-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A sparse file: its size is what counts, and it takes no disk. */
  function fileOf(name: string, bytes: number): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, '');
    fs.truncateSync(file, bytes);
    return file;
  }

  it('runs a small import on the throughput collector and C1 alone', () => {
    const nodes = { labelsOrType: 'Entity:Actor', files: [fileOf('small-nodes.csv', 1000)], multiline: false };
    expect(importerJitAndGcOptions([nodes])).toEqual(['-XX:+UseParallelGC', '-XX:TieredStopAtLevel=1']);
  });

  it('keeps the tiered compiler once the files together reach the threshold', () => {
    const half = Math.ceil(C1_ONLY_BELOW_BYTES / 2);
    const nodes = { labelsOrType: 'Entity:Actor', files: [fileOf('big-nodes.csv', half)], multiline: false };
    const edges = { labelsOrType: 'TARGETS', files: [fileOf('big-edges.csv', half)], multiline: false };
    expect(importerJitAndGcOptions([nodes])).toContain('-XX:TieredStopAtLevel=1');
    expect(importerJitAndGcOptions([nodes, edges])).toEqual(['-XX:+UseParallelGC']);
  });

  it('resolves relative names against the working directory and counts a missing file as nothing', () => {
    fileOf('relative.csv', C1_ONLY_BELOW_BYTES);
    const relative = { labelsOrType: 'Entity:Actor', files: ['relative.csv'], multiline: false };
    expect(importerJitAndGcOptions([relative], dir)).toEqual(['-XX:+UseParallelGC']);
    const missing = { labelsOrType: 'Entity:Actor', files: [path.join(dir, 'no-such.csv')], multiline: false };
    expect(importerJitAndGcOptions([missing])).toContain('-XX:TieredStopAtLevel=1');
  });
});
