// A draft accepted as it stands must pass the project's own validator, next
// to the rest of the corpus: the drafter writes the annotation format, not a
// look-alike.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { draftAnnotation } from '../../src/draft/draft-annotation';
import { knownGraphFrom, readAnnotationFiles } from '../../src/draft/known-graph';
import { renderDraftYaml } from '../../src/draft/render-draft';
import { AnnotationValidationError } from '../../src/seed/annotation-error';
import { validateCorpus } from '../../src/seed/validate-corpus';

const SEED = path.join(__dirname, '..', '..', 'seed');
const texts = new Map(
  readdirSync(path.join(SEED, 'articles')).map((name) => [
    name,
    readFileSync(path.join(SEED, 'articles', name), 'utf8'),
  ]),
);

const NEW_ARTICLE = [
  'KYIV, March 3, 2025 — Ukraine’s foreign minister Andrii Sybiha said on Sunday that Kyiv would join talks only if Russia agrees to a full ceasefire.',
  '«We will not trade land for promises,» Sybiha told reporters. «Peace must be just.»',
  'The Kremlin rejected the proposal. “Any talk of a ceasefire is premature,” Kremlin spokesman Dmitry Peskov said, adding that Moscow’s conditions had not changed.',
].join('\n');

function problemsOf(
  draftPath: string,
  draftYaml: string,
  others: { path: string; content: string }[],
  articleTexts: Map<string, string>,
) {
  try {
    validateCorpus({ files: [...others, { path: draftPath, content: draftYaml }], articleTexts });
    return [];
  } catch (error) {
    if (!(error instanceof AnnotationValidationError)) throw error;
    return error.problems;
  }
}

describe('a draft passes the validator', () => {
  it('for an article that is not in the corpus, drafted against the whole corpus', async () => {
    const files = await readAnnotationFiles(SEED);
    const file = '005_0123456789abcdef.txt';
    const draft = draftAnnotation(NEW_ARTICLE, { graph: knownGraphFrom(files), file });
    expect(draft.annotation.statements.length).toBeGreaterThanOrEqual(4);
    expect(draft.annotation.article?.published).toMatchObject({ value: '2025-03-03', inferred: false });
    const yaml = renderDraftYaml(draft, file);
    expect(
      problemsOf('seed/annotations/005_0123456789abcdef.yaml', yaml, files, new Map([...texts, [file, NEW_ARTICLE]])),
    ).toEqual([]);
    // The comments carry the suggestions; the data is the draft itself.
    expect(yaml).toMatch(/# speaker \d\.\d\d: /);
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(draft.annotation)));
  });

  it.each([...texts.keys()])('for %s, drafted with the other articles as the known graph', async (name) => {
    const stem = name.replace(/\.txt$/, '');
    const others = (await readAnnotationFiles(SEED)).filter((file) => path.basename(file.path) !== `${stem}.yaml`);
    const draft = draftAnnotation(texts.get(name)!, { graph: knownGraphFrom(others), file: name });
    const draftPath = `draft/${stem}.yaml`;
    // The other files may refer to what only the left-out file declares; only the draft's own problems count.
    const own = problemsOf(draftPath, renderDraftYaml(draft, name), others, texts).filter(
      (problem) => problem.file === draftPath,
    );
    expect(own).toEqual([]);
    expect(draft.annotation.statements.length).toBeGreaterThan(5);
  });
});
