// Whatever the article, a draft is a valid annotation file: random articles
// built from newswire fragments (every quotation-mark style, known and unknown
// speakers, demand and stance cues, dates) are drafted and validated with the
// seed corpus.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { draftAnnotation } from '../../src/draft/draft-annotation';
import { knownGraphFrom, readAnnotationFiles } from '../../src/draft/known-graph';
import { renderDraftYaml } from '../../src/draft/render-draft';
import { AnnotationValidationError } from '../../src/seed/annotation-error';
import { validateCorpus } from '../../src/seed/validate-corpus';

const SEED = path.join(__dirname, '..', '..', 'seed');
const FILE = '007_00000000000000aa.txt';

const speaker = fc.constantFrom(
  'Peskov',
  'Dmitry Peskov',
  'the Kremlin spokesman',
  'Zelensky',
  'Olaf Scholz',
  'he',
  'Moscow',
  'Kyiv',
  'Maria Ortega',
);
const verb = fc.constantFrom('said', 'told reporters', 'added', 'stated', 'insisted', 'warned');
const words = fc.constantFrom(
  'We are open to talks',
  'Russia must withdraw its troops',
  'There will be no ceasefire until the strikes stop',
  'This is unacceptable',
  'Talks are possible only if Kyiv recognises the new reality',
  'We rejected these demands',
  'Well, clearly not',
);
const marks = fc.constantFrom(['“', '”'], ['"', '"'], ['«', '»'], ['‘', '’'], ["'", "'"], ['“', '"']);
const quoteSentence = fc
  .tuple(speaker, verb, words, marks, fc.boolean())
  .map(([who, says, said, [open, close], after]) =>
    after ? `${open}${said},${close} ${who} ${says}.` : `${capital(who)} ${says}: ${open}${said}.${close}`,
  );
const plainSentence = fc
  .tuple(
    speaker,
    fc.constantFrom(
      'rejected the proposal',
      'dismissed western terms for talks',
      'said on Sunday that Ukraine must abandon its NATO ambitions',
      'ruled out any concession last year',
    ),
  )
  .map(([who, rest]) => `${capital(who)} ${rest}.`);
const article = fc
  .array(fc.array(fc.oneof(quoteSentence, plainSentence), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((paragraphs) => paragraphs.map((sentences) => sentences.join(' ')).join('\n'));

function capital(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

describe('a draft of any article', () => {
  it('is a valid annotation file, with quotes verbatim at their offsets', async () => {
    const files = await readAnnotationFiles(SEED);
    const graph = knownGraphFrom(files);
    const texts = new Map(
      readdirSync(path.join(SEED, 'articles')).map((name) => [
        name,
        readFileSync(path.join(SEED, 'articles', name), 'utf8'),
      ]),
    );
    fc.assert(
      fc.property(article, fc.boolean(), (text, dated) => {
        const draft = draftAnnotation(text, { graph, file: FILE, date: dated ? '2024-02-29' : null });
        for (const statement of draft.annotation.statements) {
          if (statement.quote)
            expect(text.slice(statement.quote.start, statement.quote.end)).toBe(statement.quote.text);
        }
        let problems: unknown[] = [];
        try {
          validateCorpus({
            files: [
              ...files,
              { path: 'seed/annotations/007_00000000000000aa.yaml', content: renderDraftYaml(draft, FILE) },
            ],
            articleTexts: new Map([...texts, [FILE, text]]),
          });
        } catch (error) {
          if (!(error instanceof AnnotationValidationError)) throw error;
          problems = error.problems;
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 25, seed: 20251203 },
    );
  });
});
