import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { filesFromItems, itemsFromFiles } from '../../src/sync/annotation-items';
import type { CorpusFiles } from '../../src/sync/annotation-items';
import { toGraphRows } from '../../src/seed/graph-rows';
import { validateCorpus } from '../../src/seed/validate-corpus';

// The normal form export-annotations writes: the seed files split into items
// and joined again. It must seed the identical graph (the same rows), be a
// fixed point (normalising twice changes nothing), and write each item's
// values in the schema's order on lines of their own.
const seedDir = path.join(__dirname, '..', '..', 'seed');

function readSeed(): CorpusFiles {
  const files = readdirSync(path.join(seedDir, 'annotations'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, content: readFileSync(path.join(seedDir, 'annotations', name), 'utf8') }));
  const articleTexts = new Map(
    readdirSync(path.join(seedDir, 'articles')).map((name) => [
      name,
      readFileSync(path.join(seedDir, 'articles', name), 'utf8'),
    ]),
  );
  return { files, articleTexts };
}

const rowsOf = (corpus: CorpusFiles) =>
  toGraphRows(
    validateCorpus({
      files: corpus.files.map((file) => ({ path: `seed/annotations/${file.name}`, content: file.content })),
      articleTexts: corpus.articleTexts,
    }),
  );

describe('the normal form of annotation files', () => {
  const seed = readSeed();
  const normal = filesFromItems(itemsFromFiles(seed));

  it('keeps every file and every article text', () => {
    expect(normal.files.map((file) => file.name)).toEqual(seed.files.map((file) => file.name));
    expect([...normal.articleTexts].sort()).toEqual([...seed.articleTexts].sort());
  });

  it('seeds the identical graph: the same node and edge rows, in the same order', () => {
    expect(rowsOf(normal)).toEqual(rowsOf(seed));
  });

  it('is a fixed point: normalising the normal form changes no byte', () => {
    expect(filesFromItems(itemsFromFiles(normal)).files).toEqual(normal.files);
  });

  it('parses to the seed documents with the defaults spelt out', () => {
    const before = parse(seed.files.find((file) => file.name.startsWith('000_'))!.content);
    const after = parse(normal.files.find((file) => file.name.startsWith('000_'))!.content);
    expect(after.statements.map((s: { id: string }) => s.id)).toEqual(
      before.statements.map((s: { id: string }) => s.id),
    );
    const sixth = after.statements[5];
    expect(Object.keys(sixth)).toEqual([
      'id',
      'speaker',
      'onBehalfOf',
      'date',
      'quote',
      'paraphrase',
      'evidence',
      'reportedBy',
      'plover',
      'targets',
      'mentions',
      'demands',
    ]);
    expect(sixth.onBehalfOf).toBeNull();
  });

  it('writes an item as a block whose values sit on one line each', () => {
    const file = normal.files.find((file) => file.name.startsWith('000_'))!.content;
    expect(file.startsWith('# Annotations of seed/articles/000_6d5f0d2b299922d5.txt')).toBe(true);
    expect(file).toMatch(/\n {2}- id: stmt-000-01\n {4}speaker: actor-dmitry-peskov\n/);
    expect(file).toMatch(/\n {4}plover: \{ type: AGREE, mode: null, cameo: "036", codebook: .+ \}\n/);
    expect(file).toMatch(/\n {4}demands: \[ \{ demand: demand-russia-open-to-negotiations, stance: REPEATS \} \]\n/);
  });
});
