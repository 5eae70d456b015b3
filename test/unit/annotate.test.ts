import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML, { isMap, isSeq } from 'yaml';
import { addArticle, nextArticleNumber } from '../../src/annotate/article-files';
import { nearestPassage, occurrences, placeQuotes } from '../../src/annotate/place-quotes';
import { enclosingSentences, sentenceSpans } from '../../src/annotate/sentences';
import { loadCorpus } from '../../src/seed/load-corpus';

const SEED = path.join(__dirname, '..', '..', 'seed');
const stems = fs
  .readdirSync(path.join(SEED, 'annotations'))
  .filter((name) => !name.startsWith('_'))
  .map((name) => path.basename(name, '.yaml'));

const readSeed = (stem: string) => ({
  yaml: fs.readFileSync(path.join(SEED, 'annotations', `${stem}.yaml`), 'utf8'),
  text: fs.readFileSync(path.join(SEED, 'articles', `${stem}.txt`), 'utf8'),
});

/** The file with every quote's offsets removed, as an annotator would write it. */
function withoutOffsets(yamlText: string): string {
  const doc = YAML.parseDocument(yamlText);
  const statements = doc.get('statements');
  if (isSeq(statements))
    for (const statement of statements.items) {
      const quote = isMap(statement) ? statement.get('quote') : null;
      if (isMap(quote)) {
        quote.delete('start');
        quote.delete('end');
      }
    }
  return doc.toString({ lineWidth: 0 });
}

const quotesOf = (yamlText: string) =>
  ((YAML.parse(yamlText).statements ?? []) as { id: string; quote?: { text: string; start?: number; end?: number } }[])
    .filter((statement) => statement.quote)
    .map((statement) => ({ id: statement.id, ...statement.quote }));

describe('quotes placed by their text', () => {
  it('finds the offsets the seed annotators counted by hand, and asks only about repeated text', () => {
    let placed = 0;
    for (const stem of stems) {
      const { yaml, text } = readSeed(stem);
      const result = placeQuotes(withoutOffsets(yaml), text);
      const expected = quotesOf(yaml);
      const asked = new Set(result.questions.map((question) => /\((.*)\)/.exec(question.item)?.[1] ?? ''));
      for (const quote of expected) {
        const repeated = occurrences(text, quote.text!).length > 1;
        expect({ id: quote.id, asked: asked.has(quote.id) }).toEqual({ id: quote.id, asked: repeated });
      }
      const found = new Map(quotesOf(result.yaml).map((quote) => [quote.id, quote]));
      for (const quote of expected.filter((quote) => !asked.has(quote.id))) {
        expect(found.get(quote.id)).toEqual(quote);
        placed++;
      }
    }
    // The seed's quotes are all placed but the ones whose words occur twice.
    expect(placed).toBeGreaterThanOrEqual(25);
  });

  it('takes the occurrence nearest the start written when the text occurs more than once', () => {
    const text = 'He said "no". Later, again, he said "no".';
    const yaml = 'statements:\n  - id: s-1\n    quote: { text: "no", start: 30 }\n';
    const result = placeQuotes(yaml, text);
    expect(result.questions).toEqual([]);
    expect(quotesOf(result.yaml)[0]).toEqual({ id: 's-1', text: 'no', start: 37, end: 39 });
    const unasked = placeQuotes('statements:\n  - id: s-1\n    quote: { text: "no" }\n', text);
    expect(unasked.questions).toEqual([
      { item: 'statements[0] (s-1)', question: expect.stringMatching(/occurs 2 times, at starts 9, 37/) },
    ]);
  });

  it('asks about a quote that does not occur, showing the nearest passage', () => {
    const text = 'Peskov said “the deciding vote rests with Washington” on Sunday.';
    expect(nearestPassage(text, '"the deciding vote rests with Washington"')).toMatchObject({ start: 12 });
    const result = placeQuotes(
      'statements:\n  - id: s-1\n    quote: { text: "the deciding vote rests in Washington" }\n',
      text,
    );
    expect(result.placed).toBe(0);
    expect(result.questions[0].question).toMatch(
      /does not occur.*nearest passage is at start 13: "the deciding vote rests with Washingt"/,
    );
  });

  it('gives a quote without evidence the sentence that holds it', () => {
    const text = 'The talks ended. Peskov said the vote "rests with Washington", adding more. Then silence.';
    const result = placeQuotes('statements:\n  - id: s-1\n    quote: { text: "rests with Washington" }\n', text);
    const evidence = YAML.parse(result.yaml).statements[0].evidence;
    expect(text.slice(evidence.start, evidence.end)).toBe('Peskov said the vote "rests with Washington", adding more.');
    expect(result.evidenceAdded).toBe(1);
    expect(sentenceSpans(text).map((span) => text.slice(span.start, span.end))).toHaveLength(3);
    expect(enclosingSentences(text, { start: 5, end: 25 })).toEqual({ start: 0, end: 75 });
  });

  it('keeps a file that needs nothing byte for byte', () => {
    for (const stem of stems) {
      const { yaml, text } = readSeed(stem);
      const result = placeQuotes(yaml, text);
      expect({ stem, placed: result.placed, same: result.yaml === yaml }).toEqual({ stem, placed: 0, same: true });
    }
  });
});

describe('add-article', () => {
  let seedDir: string;
  beforeEach(() => {
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-add-'));
    fs.cpSync(SEED, seedDir, { recursive: true });
  });
  afterEach(() => fs.rmSync(seedDir, { recursive: true, force: true }));

  it('adds the text under the next number and its hash, with a skeleton that validates once quoted', async () => {
    const source = path.join(seedDir, 'new.txt');
    fs.writeFileSync(source, 'Talks resume in Istanbul\n\nPeskov said "the door remains open" to talks on Friday.\n');
    expect(nextArticleNumber(path.join(seedDir, 'articles'))).toBe('005');
    const added = addArticle(seedDir, source, { published: '2025-05-16' });
    expect(added.articleId).toBe('article-005');
    expect(added.stem).toMatch(/^005_[0-9a-f]{16}$/);
    expect(fs.readFileSync(added.textFile, 'utf8')).toBe(fs.readFileSync(source, 'utf8'));
    const skeleton = YAML.parse(fs.readFileSync(added.annotationFile, 'utf8'));
    expect(skeleton.article).toMatchObject({
      id: 'article-005',
      file: `${added.stem}.txt`,
      title: 'Talks resume in Istanbul',
      titleIsHeadline: true,
      published: { value: '2025-05-16', precision: 'DAY' },
    });
    expect(() => addArticle(seedDir, source)).toThrow(/is in already/);

    // An annotator writes a statement with the quote's text only; place-quotes does the counting.
    const annotations = fs
      .readFileSync(added.annotationFile, 'utf8')
      .replace(
        'statements: []',
        [
          'statements:',
          '  - id: stmt-005-01',
          '    speaker: actor-dmitry-peskov',
          '    date: { value: "2025-05-16", precision: DAY, cue: "on Friday", inferred: true }',
          '    quote: { text: "the door remains open" }',
          '    paraphrase: Peskov says Russia is open to talks.',
          '    plover: { type: CONSULT, mode: null, cameo: "010", codebook: "PLOVER 2021-10 / CAMEO 1.1b3" }',
        ].join('\n'),
      );
    const placed = placeQuotes(annotations, fs.readFileSync(added.textFile, 'utf8'));
    expect(placed.questions).toEqual([]);
    fs.writeFileSync(added.annotationFile, placed.yaml);
    const corpus = await loadCorpus(seedDir);
    const statement = corpus.statements.find((item) => item.id === 'stmt-005-01')!;
    const text = fs.readFileSync(added.textFile, 'utf8');
    const start = text.indexOf('the door');
    expect(statement.quote).toEqual({
      text: 'the door remains open',
      start,
      end: start + 'the door remains open'.length,
    });
    // The evidence is the whole sentence, from "Peskov" to "Friday." (not the headline before it).
    expect(statement.evidence).toEqual({
      start: text.indexOf('Peskov'),
      end: text.indexOf('Friday.') + 'Friday.'.length,
    });
  });
});
