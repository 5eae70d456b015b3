import fs from 'node:fs';
import path from 'node:path';
import YAML, { isMap, isSeq } from 'yaml';
import { placeEvidence } from '../../src/annotate/place-evidence';
import { enclosingSentences } from '../../src/annotate/sentences';
import { validateCorpus } from '../../src/seed/validate-corpus';

// place-evidence on the seed files with their evidence offsets stripped: the
// evidence written as its text, it finds the offsets the annotators counted;
// with no evidence at all, a quoted statement gets the sentence(s) around its
// quote, and the file still validates.
const SEED = path.join(__dirname, '..', '..', 'seed');
const stems = fs
  .readdirSync(path.join(SEED, 'annotations'))
  .filter((name) => !name.startsWith('_') && name.endsWith('.yaml'))
  .map((name) => path.basename(name, '.yaml'));

const readSeed = (stem: string) => ({
  yaml: fs.readFileSync(path.join(SEED, 'annotations', `${stem}.yaml`), 'utf8'),
  text: fs.readFileSync(path.join(SEED, 'articles', `${stem}.txt`), 'utf8'),
});

type Statement = { id: string; quote?: { text: string; start: number; end: number } | null; evidence?: Span | null };
type Span = { start: number; end: number };
const statementsOf = (yamlText: string) => (YAML.parse(yamlText).statements ?? []) as Statement[];

/** Every statement's evidence offsets replaced by `replace` (undefined: the key removed). */
function stripped(yamlText: string, replace: (span: Span) => unknown): string {
  const doc = YAML.parseDocument(yamlText);
  const statements = doc.get('statements');
  if (isSeq(statements))
    for (const statement of statements.items) {
      if (!isMap(statement)) continue;
      const evidence = statement.get('evidence');
      if (!isMap(evidence)) continue;
      const value = replace({ start: evidence.get('start') as number, end: evidence.get('end') as number });
      if (value === undefined) statement.delete('evidence');
      else statement.set('evidence', value);
    }
  return doc.toString({ lineWidth: 0 });
}

describe('evidence placed by its text', () => {
  it('reproduces the seed files evidence offsets from the evidence text, and changes nothing else', () => {
    let placed = 0;
    for (const stem of stems) {
      const { yaml, text } = readSeed(stem);
      const result = placeEvidence(
        stripped(yaml, (span) => ({ text: text.slice(span.start, span.end) })),
        text,
      );
      expect(result.questions).toEqual([]);
      expect(statementsOf(result.yaml)).toEqual(statementsOf(yaml));
      expect(YAML.parse(result.yaml)).toEqual(YAML.parse(yaml));
      placed += result.placed;
    }
    const total = stems.flatMap((stem) => statementsOf(readSeed(stem).yaml)).filter((s) => s.evidence).length;
    expect(placed).toBe(total);
    expect(placed).toBeGreaterThan(10);
  });

  it('gives a quoted statement without evidence the sentence(s) around its quote, which validate', () => {
    let fromQuote = 0;
    const files = stems.map((stem) => {
      const { yaml, text } = readSeed(stem);
      // Evidence removed only where there is a quote to take it from: the schema needs one or the other.
      const doc = YAML.parseDocument(yaml);
      const statements = doc.get('statements');
      if (isSeq(statements))
        for (const statement of statements.items)
          if (isMap(statement) && isMap(statement.get('quote'))) statement.delete('evidence');
      const result = placeEvidence(doc.toString({ lineWidth: 0 }), text);
      expect(result.questions).toEqual([]);
      for (const statement of statementsOf(result.yaml).filter((s) => s.quote))
        expect(statement.evidence).toEqual(enclosingSentences(text, statement.quote!));
      fromQuote += result.fromQuote;
      return { path: `seed/annotations/${stem}.yaml`, content: result.yaml };
    });
    expect(fromQuote).toBeGreaterThan(0);
    const texts = new Map(stems.map((stem) => [`${stem}.txt`, readSeed(stem).text]));
    const shared = fs
      .readdirSync(path.join(SEED, 'annotations'))
      .filter((name) => name.startsWith('_'))
      .map((name) => ({
        path: `seed/annotations/${name}`,
        content: fs.readFileSync(path.join(SEED, 'annotations', name), 'utf8'),
      }));
    expect(() => validateCorpus({ files: [...shared, ...files], articleTexts: texts })).not.toThrow();
  });

  it('takes the occurrence nearest the start given, asks about repeated or missing text, and keeps offsets written', () => {
    const text = 'Talks resume. Kyiv agrees. Talks resume. Moscow refuses.';
    const file = (evidence: string) =>
      `statements:\n  - id: stmt-x-01\n    # the annotator's note stays\n    evidence: ${evidence}\n`;
    const nearest = placeEvidence(file('{ text: Talks resume., start: 30 }'), text);
    expect(statementsOf(nearest.yaml)[0].evidence).toEqual({ start: 27, end: 40 });
    expect(nearest.yaml).toContain("# the annotator's note stays");

    const repeated = placeEvidence(file('{ text: Talks resume. }'), text);
    expect(repeated.questions).toEqual([
      { item: 'statements[0] (stmt-x-01)', question: expect.stringContaining('occurs 2 times, at starts 0, 27') },
    ]);
    expect(repeated.yaml).toBe(file('{ text: Talks resume. }'));

    const missing = placeEvidence(file('{ text: Moscow agrees. }'), text);
    expect(missing.questions[0].question).toMatch(/does not occur in the article; the nearest passage is at start/);

    const written = placeEvidence(file('{ start: 14, end: 26 }'), text);
    expect([written.placed, written.fromQuote, written.yaml]).toEqual([0, 0, file('{ start: 14, end: 26 }')]);
  });
});
