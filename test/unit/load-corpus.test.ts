import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationValidationError } from '../../src/seed/annotation-error';
import { loadCorpus } from '../../src/seed/load-corpus';
import { validateCorpus } from '../../src/seed/validate-corpus';
import { FIXTURE_SEED_DIR, fixtureDocs, inputFromDocs } from '../fixtures/valid-corpus';

describe('loadCorpus', () => {
  it('reads annotations and articles from a seed directory', async () => {
    const corpus = await loadCorpus(FIXTURE_SEED_DIR);
    // Same result as validating the same documents in memory, in file-name order
    // (000_fixture.yaml sorts before _shared.yaml).
    const docs = Object.fromEntries(Object.entries(fixtureDocs()).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(corpus).toEqual(validateCorpus(inputFromDocs(docs)));
    expect(corpus.actors.map((actor) => actor.id)[0]).toBe('actor-rossiya-1');
  });

  it('names problem files relative to the repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peacegraph-seed-'));
    try {
      // A package.json marks the repository root, as in the real repo.
      writeFileSync(path.join(dir, 'package.json'), '{}');
      mkdirSync(path.join(dir, 'seed', 'annotations'), { recursive: true });
      mkdirSync(path.join(dir, 'seed', 'articles'));
      writeFileSync(
        path.join(dir, 'seed', 'annotations', '_shared.yaml'),
        'actors:\n  - { id: actor-x, name: X, kind: PERSON, hat: 1 }\n',
      );
      writeFileSync(path.join(dir, 'seed', 'annotations', 'notes.md'), 'not an annotation file');
      const error = await loadCorpus(path.join(dir, 'seed')).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AnnotationValidationError);
      expect((error as AnnotationValidationError).problems).toEqual([
        {
          file: 'seed/annotations/_shared.yaml',
          path: 'actors[0].hat',
          reason: 'unknown key "hat"',
          line: 2,
          item: 'actor-x',
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
