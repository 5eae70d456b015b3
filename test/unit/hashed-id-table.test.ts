import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HashedIdTable } from '../../src/seed/hashed-id-table';
import { CompactIdRegistry } from '../../src/seed/id-registry';
import { parseAnnotationFile } from '../../src/seed/parse-annotation-file';
import { validateSeedDir } from '../../src/seed/seed-dir';
import { repoRoot } from '../../src/config';

describe('HashedIdTable', () => {
  it('keeps every id of a large corpus through its growth, and knows no other', () => {
    const table = new HashedIdTable(16);
    const count = 300_000;
    // Ids the way corpora spell them: long shared prefixes, short differing tails.
    for (let i = 0; i < count; i++) table.set(`statement-${String(i).padStart(7, '0')}-a`, i * 3);
    expect(table.size).toBe(count);
    // One assertion over all the ids: 300,000 separate expect() calls cost
    // seconds and check nothing more.
    const wrong: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `statement-${String(i).padStart(7, '0')}-a`;
      if (table.get(id) !== i * 3) wrong.push(`${id}: ${table.get(id)}`);
    }
    expect(wrong).toEqual([]);
    let strays = 0;
    for (let i = 0; i < count; i++)
      if (table.has(`statement-${String(i).padStart(7, '0')}-b`) || table.has(`statement-${i}-a`)) strays += 1;
    expect(strays).toBe(0);
  });

  it('overwrites a value without counting the id twice, and tells apart ids that differ by order or case', () => {
    const table = new HashedIdTable();
    table.set('actor-ab', 1);
    table.set('actor-ab', 2);
    table.set('actor-ba', 3);
    table.set('Actor-ab', 4);
    expect([table.size, table.get('actor-ab'), table.get('actor-ba'), table.get('Actor-ab'), table.get('')]).toEqual([
      3,
      2,
      3,
      4,
      undefined,
    ]);
    expect(() => table.set('x', -1)).toThrow(/non-negative/);
  });
});

describe('CompactIdRegistry with its ids in a file', () => {
  it('answers as the in-memory one does, and lists the ids back from the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    try {
      const file = parseAnnotationFile(
        'seed/annotations/_shared.yaml',
        'actors:\n  - { id: actor-x, name: X, kind: PERSON }\n  - { id: actor-y, name: Y, kind: PERSON }\n  - { id: actor-x, name: X2, kind: PERSON }\n',
      ).parsed;
      const onDisk = new CompactIdRegistry({ idsFile: path.join(dir, 'ids.jsonl') });
      const inMemory = new CompactIdRegistry();
      expect(onDisk.addFile(file)).toEqual(inMemory.addFile(file));
      expect(onDisk.addFile(file).length).toBe(3);
      expect(onDisk.get('actor-y')).toEqual(inMemory.get('actor-y'));
      expect([...onDisk.values()]).toEqual([...inMemory.values()]);
      expect([...onDisk.values()].map((d) => d.id)).toEqual(['actor-x', 'actor-y']);
      expect(onDisk.size).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the files' paths and articles on disk and gives them back with each declaration", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-files-'));
    try {
      const onDisk = new CompactIdRegistry({
        idsFile: path.join(dir, 'ids.jsonl'),
        filesFile: path.join(dir, 'files.jsonl'),
      });
      const inMemory = new CompactIdRegistry();
      // Enough files that most of their paths are written out, not waiting in a buffer.
      for (let index = 0; index < 1500; index++) {
        const stem = String(index).padStart(6, '0');
        const shared = index % 100 === 99;
        const file = parseAnnotationFile(
          `seed/annotations/${shared ? '_' : ''}${stem}_Київ.yaml`,
          (shared
            ? ''
            : `article: { id: article-${stem}, file: ${stem}.txt, title: T, published: { value: "2022", precision: YEAR, cue: x, inferred: true } }\n`) +
            `actors:\n  - { id: actor-${stem}, name: X, kind: PERSON }\n` +
            (index === 1499 ? '  - { id: actor-000007, name: again, kind: PERSON }\n' : ''),
        ).parsed;
        expect(onDisk.addFile(file)).toEqual(inMemory.addFile(file));
      }
      expect(fs.statSync(path.join(dir, 'files.jsonl')).size).toBeGreaterThan(50_000);
      for (const id of ['actor-000000', 'article-000123', 'actor-000199', 'actor-001498', 'actor-001499']) {
        expect(onDisk.get(id)).toEqual(inMemory.get(id));
      }
      expect(onDisk.get('actor-000199')).toMatchObject({ file: 'seed/annotations/_000199_Київ.yaml', article: null });
      expect(onDisk.get('actor-001498')).toMatchObject({
        file: 'seed/annotations/001498_Київ.yaml',
        article: 'article-001498',
        path: 'actors[0]',
      });
      expect(onDisk.fileAt(1234)).toBe('seed/annotations/001234_Київ.yaml');
      onDisk.close();
      // The duplicate in the last file named the first declaration's file, read back from disk.
      const last = parseAnnotationFile(
        'seed/annotations/x.yaml',
        'actors:\n  - { id: actor-000007, name: X, kind: PERSON }\n',
      ).parsed;
      expect(onDisk.addFile(last)[0].reason).toContain(
        'already declared at seed/annotations/000007_Київ.yaml actors[0]',
      );
      onDisk.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still refuses a reference to an undeclared id, with a suggestion read back from the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-dangling-'));
    try {
      fs.cpSync(path.join(repoRoot, 'seed'), dir, { recursive: true });
      const annotations = path.join(dir, 'annotations');
      const name = fs
        .readdirSync(annotations)
        .filter((n) => /^\d.*\.yaml$/.test(n))
        .sort()[0];
      const text = fs.readFileSync(path.join(annotations, name), 'utf8');
      const speaker = /speaker: (actor-[\w-]+)/.exec(text)![1];
      fs.writeFileSync(path.join(annotations, name), text.replace(`speaker: ${speaker}`, `speaker: ${speaker}x`));
      await expect(validateSeedDir(dir)).rejects.toThrow(
        `unknown id "${speaker}x" (expected an actor); did you mean "${speaker}"?`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
