import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCorpusDir, writeCorpusDir } from '../../src/sync/corpus-dir';

// export-annotations writes a seed directory that is the corpus: every file
// of it, and no annotation file it no longer holds; texts not yet annotated stay.
describe('writing the corpus to a seed directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-corpus-dir-'));
    fs.mkdirSync(path.join(dir, 'annotations'));
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.writeFileSync(path.join(dir, 'annotations', '001_gone.yaml'), 'article: {}\n');
    fs.writeFileSync(path.join(dir, 'articles', '001_gone.txt'), 'gone');
    fs.writeFileSync(path.join(dir, 'articles', '002_waiting.txt'), 'not annotated yet');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes every file, removes the retracted article with its text, and keeps unannotated texts', async () => {
    const result = await writeCorpusDir(dir, {
      files: [
        { name: '000_kept.yaml', content: 'article: kept\n' },
        { name: '_shared.yaml', content: 'actors: []\n' },
      ],
      articleTexts: new Map([['000_kept.txt', 'kept text']]),
    });
    expect(result.removed).toEqual(['annotations/001_gone.yaml', 'articles/001_gone.txt']);
    const read = await readCorpusDir(dir);
    expect(read.files).toEqual([
      { name: '000_kept.yaml', content: 'article: kept\n' },
      { name: '_shared.yaml', content: 'actors: []\n' },
    ]);
    expect([...read.articleTexts.keys()]).toEqual(['000_kept.txt', '002_waiting.txt']);
  });
});
