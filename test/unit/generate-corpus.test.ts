import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CORPUS_LAYOUT, generateCorpus, readManifest } from '../../bench/generate-corpus';
import { SharedFiles, SHARED_ITEMS_PER_FILE } from '../../bench/shared-files';
import { loadCorpus } from '../../src/seed/load-corpus';

// The benchmark's corpora declare their actors and territories in `_`-files
// of bounded size (the seeder parses a file whole, so one file of them all
// made its memory grow with the corpus), and the split changes nothing but
// the files: the validator accepts the corpus and reads the same entities.

describe('SharedFiles', () => {
  const written = () => {
    const files: Record<string, string> = {};
    return { files, write: (file: string, content: string) => (files[path.basename(file)] = content) };
  };

  it('keeps a single _shared.yaml when every item fits in one file', () => {
    const { files, write } = written();
    const shared = new SharedFiles('/x', write, 3);
    shared.add('actors', '  - id: a1\n');
    shared.add('territories', '  - id: t1\n');
    shared.finish();
    expect(Object.keys(files)).toEqual(['_shared.yaml']);
    expect(files['_shared.yaml']).toMatch(/\n\nactors:\n {2}- id: a1\nterritories:\n {2}- id: t1\n$/);
  });

  it('numbers the files once there are more, at most itemsPerFile items each, each section under its key', () => {
    const { files, write } = written();
    const shared = new SharedFiles('/x', write, 2);
    for (const id of ['a1', 'a2', 'a3']) shared.add('actors', `  - id: ${id}\n`);
    for (const id of ['t1', 't2']) shared.add('territories', `  - id: ${id}\n`);
    shared.finish();
    expect(Object.keys(files)).toEqual(['_shared-0001.yaml', '_shared-0002.yaml', '_shared-0003.yaml']);
    const body = (name: string) => files[name].replace(/^#.*\n\n/, '');
    expect(body('_shared-0001.yaml')).toBe('actors:\n  - id: a1\n  - id: a2\n');
    expect(body('_shared-0002.yaml')).toBe('actors:\n  - id: a3\nterritories:\n  - id: t1\n');
    expect(body('_shared-0003.yaml')).toBe('territories:\n  - id: t2\n');
  });

  it('holds a few thousand items a file by default', () => {
    expect(SHARED_ITEMS_PER_FILE).toBeGreaterThanOrEqual(500);
    expect(SHARED_ITEMS_PER_FILE).toBeLessThanOrEqual(5000);
  });
});

describe('generateCorpus', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'peacegraph-generate-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sharedFiles = (corpusDir: string) =>
    readdirSync(path.join(corpusDir, 'annotations'))
      .filter((name) => name.startsWith('_'))
      .sort();

  it('splits the shared declarations without changing the corpus the validator reads', async () => {
    const whole = path.join(dir, 'whole');
    const split = path.join(dir, 'split');
    generateCorpus(400, whole);
    // 400 statements: 30 actors and 10 territories, so files of 15 items make three.
    generateCorpus(400, split, undefined, { sharedItemsPerFile: 15 });
    expect(sharedFiles(whole)).toEqual(['_shared.yaml']);
    expect(sharedFiles(split)).toEqual(['_shared-0001.yaml', '_shared-0002.yaml', '_shared-0003.yaml']);
    for (const name of sharedFiles(split)) {
      const items = readFileSync(path.join(split, 'annotations', name), 'utf8').match(/^ {2}- id: /gm) ?? [];
      expect(items.length).toBeLessThanOrEqual(15);
    }

    const [fromWhole, fromSplit] = await Promise.all([loadCorpus(whole), loadCorpus(split)]);
    expect(fromSplit.actors).toEqual(fromWhole.actors);
    expect(fromSplit.territories).toEqual(fromWhole.territories);
    expect(fromSplit.statements).toEqual(fromWhole.statements);
    expect(fromSplit.articles).toEqual(fromWhole.articles);
  });

  it('is deterministic, and a corpus of an earlier layout is not reused', () => {
    const first = generateCorpus(300, path.join(dir, 'a'), undefined, { sharedItemsPerFile: 25 });
    const second = generateCorpus(300, path.join(dir, 'b'), undefined, { sharedItemsPerFile: 25 });
    expect(second).toEqual(first);
    for (const name of readdirSync(path.join(dir, 'a', 'annotations'))) {
      expect(readFileSync(path.join(dir, 'b', 'annotations', name), 'utf8')).toBe(
        readFileSync(path.join(dir, 'a', 'annotations', name), 'utf8'),
      );
    }
    expect(readManifest(path.join(dir, 'a'), 300)?.layout).toBe(CORPUS_LAYOUT);
    const manifestFile = path.join(dir, 'a', 'manifest.json');
    const older = { ...JSON.parse(readFileSync(manifestFile, 'utf8')), layout: undefined };
    writeFileSync(manifestFile, JSON.stringify(older));
    expect(readManifest(path.join(dir, 'a'), 300)).toBeNull();
  });
});
