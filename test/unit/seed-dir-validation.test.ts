import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationValidationError } from '../../src/seed/annotation-error';
import { CompactIdRegistry } from '../../src/seed/id-registry';
import { loadCorpus } from '../../src/seed/load-corpus';
import { parseAnnotationFile } from '../../src/seed/parse-annotation-file';
import { mapInOrder, READ_AHEAD, validateSeedDir } from '../../src/seed/seed-dir';
import { FIXTURE_SEED_DIR } from '../fixtures/valid-corpus';

// The streaming validator (a seed directory checked file by file, never all
// of it in memory) must refuse exactly what loadCorpus refuses, with the
// same problems in the same order.

async function problemsOf(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AnnotationValidationError))
    throw new Error(`expected an AnnotationValidationError, got ${String(error)}`);
  return error.message;
}

describe('validateSeedDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'peacegraph-seed-dir-'));
    writeFileSync(path.join(dir, 'package.json'), '{}');
    cpSync(FIXTURE_SEED_DIR, path.join(dir, 'seed'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const annotation = (name: string) => path.join(dir, 'seed', 'annotations', name);
  const edit = (name: string, change: (text: string) => string) =>
    writeFileSync(annotation(name), change(readFileSync(annotation(name), 'utf8')));

  it('accepts the valid fixture, counting files, ids and statements', async () => {
    const corpus = await loadCorpus(path.join(dir, 'seed'));
    const result = await validateSeedDir(path.join(dir, 'seed'));
    expect(result.files).toBe(2);
    expect(result.statements).toBe(corpus.statements.length);
    const ids = corpus.articles.length + corpus.actors.length + corpus.territories.length + corpus.events.length;
    expect(result.ids).toBe(ids + corpus.statements.length + corpus.demands.length);
  });

  it('reports every problem loadCorpus reports, in the same order, across files', async () => {
    // A demand nobody voices, a quote off by one.
    edit('000_fixture.yaml', (text) =>
      text.replace('stance: SETS', 'stance: ACCEPTS').replace('start: 167', 'start: 168'),
    );
    // A second article file that repeats ids, points at unknown ones, and annotates the same text.
    const second = readFileSync(annotation('000_fixture.yaml'), 'utf8').replace('id: article-000', 'id: article-001');
    writeFileSync(
      annotation('001_fixture.yaml'),
      second.replace('speaker: actor-dmitry-peskov', 'speaker: actor-dmitry-peskof'),
    );
    // An unknown key in the shared file, broken YAML in a third file.
    edit('_shared.yaml', (text) => `${text}\nhats: 1\n`);
    writeFileSync(annotation('002_broken.yaml'), 'article: { id: article-002\nstatements: [\n');
    const seedDir = path.join(dir, 'seed');
    const streamed = await problemsOf(() => validateSeedDir(seedDir));
    expect(streamed).toBe(await problemsOf(() => loadCorpus(seedDir)));
    for (const expected of [
      /001_fixture\.yaml:\d+: statements\[0\]\.id \(stmt-000-01\): duplicate id "stmt-000-01": already declared at seed\/annotations\/000_fixture\.yaml statements\[0\]/,
      /001_fixture\.yaml:\d+: article\.file: "000_fixture\.txt" is already annotated in seed\/annotations\/000_fixture\.yaml/,
      /001_fixture\.yaml:\d+: statements\[0\]\.speaker \(stmt-000-01\): unknown id "actor-dmitry-peskof" \(expected an actor\); did you mean "actor-dmitry-peskov"\?/,
      /000_fixture\.yaml:\d+: statements\[0\]\.quote \(stmt-000-01\): quote is not verbatim at 168\.\.206/,
      /000_fixture\.yaml:\d+: demands\[0\] \([a-z0-9-]+\): demand "[^"]+" is never voiced/,
      /_shared\.yaml:\d+: hats: unknown key "hats"/,
      /002_broken\.yaml: line \d+, column \d+: YAML syntax error/,
    ]) {
      expect(streamed).toMatch(expected);
    }
    // Grouped by file, files in name order.
    const files = streamed
      .split('\n')
      .slice(1)
      .map((line) => line.split(':')[0]);
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  describe('the article text a header names', () => {
    it('refuses a seed directory without articles/ before reading any annotation', async () => {
      rmSync(path.join(dir, 'seed', 'articles'), { recursive: true });
      let read = 0;
      const run = validateSeedDir(path.join(dir, 'seed'), { onSoundFile: () => void (read += 1) });
      await expect(run).rejects.toThrow(/ENOENT.*articles/);
      expect(read).toBe(0);
    });

    // Only a file listed in articles/ counts: not a link to one, not a directory, not a missing name.
    it.each([
      [
        'a link to the text',
        (articles: string) => symlinkSync('000_fixture.txt', path.join(articles, 'linked.txt')),
        'linked.txt',
      ],
      ['a directory', (articles: string) => mkdirSync(path.join(articles, 'folder.txt')), 'folder.txt'],
      ['a name not there', () => undefined, 'missing.txt'],
    ])('refuses %s as the article text, as loadCorpus does', async (_what, make, name) => {
      const seedDir = path.join(dir, 'seed');
      make(path.join(seedDir, 'articles'));
      const annotation = path.join(seedDir, 'annotations', '000_fixture.yaml');
      writeFileSync(annotation, readFileSync(annotation, 'utf8').replace('file: 000_fixture.txt', `file: ${name}`));
      const streamed = await problemsOf(() => validateSeedDir(seedDir));
      expect(streamed).toMatch(
        new RegExp(
          `seed/annotations/000_fixture\\.yaml:\\d+: article\\.file: no article text named "${name.replace('.', '\\.')}"`,
        ),
      );
      expect(streamed).toBe(await problemsOf(() => loadCorpus(seedDir)));
    });
  });
});

describe('mapInOrder', () => {
  it('keeps the input order and never has more than its limit pending', async () => {
    let pending = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, index) => index);
    const out: number[] = [];
    for await (const value of mapInOrder(items, 4, async (item) => {
      pending += 1;
      most = Math.max(most, pending);
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
      pending -= 1;
      return item * 2;
    })) {
      out.push(value);
    }
    expect(out).toEqual(items.map((item) => item * 2));
    expect(most).toBe(4);
    expect(READ_AHEAD).toBeLessThanOrEqual(64);
  });

  it('takes an async source, reading from it only as far as its limit', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<number> {
      for (let item = 0; item < 10; item++) {
        pulled += 1;
        yield item;
      }
    }
    const out: number[] = [];
    for await (const value of mapInOrder(source(), 3, async (item) => item + 100)) {
      // The one given, plus at most three pending.
      expect(pulled).toBeLessThanOrEqual(out.length + 4);
      out.push(value);
    }
    expect(out).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
  });

  it('with weights, keeps what is pending under the budget, and starts an item heavier than it alone', async () => {
    // Weights as file sizes: small files read sixteen at a time, a large one with nothing else ahead of it.
    const weights = [1, 1, 1, 1, 1, 1, 9, 1, 1, 12, 1, 1, 1];
    let pendingWeight = 0;
    let pendingItems = 0;
    let heaviest = 0;
    const startedWith: number[][] = [];
    const out: number[] = [];
    for await (const value of mapInOrder(
      weights.map((_, index) => index),
      16,
      async (index) => {
        pendingWeight += weights[index];
        pendingItems += 1;
        heaviest = Math.max(heaviest, pendingWeight);
        startedWith.push([index, pendingItems]);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return index;
      },
      { budget: 4, weigh: async (index) => weights[index] },
    )) {
      // Counted here until the consumer is done with it (mapInOrder stops counting it when it hands it on).
      pendingWeight -= weights[value];
      pendingItems -= 1;
      out.push(value);
    }
    expect(out).toEqual(weights.map((_, index) => index));
    // Never more than the budget pending besides the item handed on (at most the heaviest), but for an item that
    // weighs more on its own: it starts with nothing pending but the one being handed on.
    expect(heaviest).toBeLessThanOrEqual(4 + 12);
    expect(startedWith.find(([index]) => index === 6)).toEqual([6, 2]);
    expect(startedWith.find(([index]) => index === 9)).toEqual([9, 2]);
    expect(Math.max(...startedWith.filter(([index]) => weights[index] === 1).map(([, items]) => items))).toBe(4 + 1);
  });

  it('surfaces a failure at its turn', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const value of mapInOrder([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error('two');
        return item;
      })) {
        seen.push(value);
      }
    };
    await expect(run()).rejects.toThrow('two');
    expect(seen).toEqual([1]);
  });
});

describe('CompactIdRegistry', () => {
  it('gives back each declaration (kind, file, path, article) and reports a second one', () => {
    const registry = new CompactIdRegistry();
    const first = parseAnnotationFile(
      'seed/annotations/000_a.yaml',
      'article: { id: article-a, file: 000_a.txt, title: A, published: { value: "2022", precision: YEAR, cue: x, inferred: true } }\n' +
        'actors:\n  - { id: actor-x, name: X, kind: PERSON }\n  - { id: actor-y, name: Y, kind: PERSON }\n',
    ).parsed;
    const second = parseAnnotationFile(
      'seed/annotations/_shared.yaml',
      'actors:\n  - { id: actor-z, name: Z, kind: PERSON }\n  - { id: actor-y, name: Y, kind: PERSON }\n',
    ).parsed;
    expect(registry.addFile(first)).toEqual([]);
    expect(registry.addFile(second)).toEqual([
      {
        file: 'seed/annotations/_shared.yaml',
        path: 'actors[1].id',
        reason:
          'duplicate id "actor-y": already declared at seed/annotations/000_a.yaml actors[1] (ids are global across files and sections)',
      },
    ]);
    expect(registry.get('actor-y')).toEqual({
      id: 'actor-y',
      kind: 'actor',
      file: 'seed/annotations/000_a.yaml',
      path: 'actors[1]',
      article: 'article-a',
    });
    expect(registry.get('article-a')).toEqual({
      id: 'article-a',
      kind: 'article',
      file: 'seed/annotations/000_a.yaml',
      path: 'article',
      article: 'article-a',
    });
    expect(registry.get('actor-z')).toEqual({
      id: 'actor-z',
      kind: 'actor',
      file: 'seed/annotations/_shared.yaml',
      path: 'actors[0]',
      article: null,
    });
    expect(registry.get('actor-w')).toBeUndefined();
    expect([...registry.values()].map((d) => d.id).sort()).toEqual(['actor-x', 'actor-y', 'actor-z', 'article-a']);
    expect(registry.size).toBe(4);
  });
});
