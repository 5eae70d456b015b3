import { draftAnnotation } from '../../src/draft/draft-annotation';
import { findQuotes } from '../../src/draft/quotes';
import { draftTestGraph } from '../support/draft-graph';

const words = (text: string) => findQuotes(text).map((quote) => text.slice(quote.start, quote.end));

describe('findQuotes', () => {
  it.each([
    ['curly double', 'He said: “We are ready.” Then he left.', 'We are ready'],
    ['straight double', 'He said: "We are ready." Then he left.', 'We are ready'],
    ['guillemets', 'He said: «We are ready.» Then he left.', 'We are ready'],
    ['curly single', 'He said: ‘We are ready.’ Then he left.', 'We are ready'],
    ['straight single', "He said: 'We are ready.' Then he left.", 'We are ready'],
    ['curly opened, straight closed', 'He said: “We are ready." Then he left.', 'We are ready'],
  ])('finds a quote in %s marks, without the marks or the full stop inside them', (_style, text, expected) => {
    expect(words(text)).toEqual([expected]);
  });

  it('keeps a question mark and an ellipsis, which are the speaker’s, and drops a comma', () => {
    expect(words('“Is it over?” he asked. “Wait for it…” she said. “Not yet,” they said.')).toEqual([
      'Is it over?',
      'Wait for it…',
      'Not yet',
    ]);
  });

  it('reads apostrophes inside and at the end of words as no quotes', () => {
    const text = "Putin’s aide said the plan hasn't changed and the Allies' view is 'firm'.";
    expect(words(text)).toEqual(['firm']);
  });

  it('runs a quote over several sentences, and keeps a quote inside a quote in it', () => {
    const text = 'She said: “We will not go. They told us ‘never’. That is final.” Nothing more.';
    expect(words(text)).toEqual(['We will not go. They told us ‘never’. That is final']);
  });

  it('ends an unclosed quote at the end of its paragraph, and starts again in the next one', () => {
    const text = '“We will fight on.\n“And we will win,” he said.';
    const quotes = findQuotes(text);
    expect(quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual(['We will fight on', 'And we will win']);
    expect(quotes.map((quote) => quote.closed)).toEqual([false, true]);
  });

  it('gives offsets into the text itself (UTF-16, end exclusive)', () => {
    const text = 'Intro 🇺🇦 text: “Слава Україні,” he said.';
    const [quote] = findQuotes(text);
    expect(text.slice(quote.start, quote.end)).toBe('Слава Україні');
  });
});

describe('quotes in a draft', () => {
  it('splits a quote interrupted by its attribution into two statements of the same speaker', () => {
    const text = '“We are open to talks,” Peskov said, “but the other side is not ready.”';
    const draft = draftAnnotation(text, { graph: draftTestGraph(), date: '2024-07-25' });
    const quoted = draft.annotation.statements.filter((statement) => statement.quote);
    expect(quoted.map((statement) => statement.quote?.text)).toEqual([
      'We are open to talks',
      'but the other side is not ready',
    ]);
    expect(quoted.map((statement) => statement.speaker)).toEqual(['actor-dmitry-peskov', 'actor-dmitry-peskov']);
  });

  it('drafts no statement for a scare quote or for the question put to a speaker', () => {
    const text =
      'Both sides crossed their “red lines”. Asked if “the Kremlin is ready”, Peskov replied: “Clearly not.”';
    const draft = draftAnnotation(text, { graph: draftTestGraph(), date: '2024-07-25' });
    expect(
      draft.annotation.statements.filter((statement) => statement.quote).map((statement) => statement.quote?.text),
    ).toEqual(['Clearly not']);
  });

  it('marks every statement, speaker, date and type as a suggestion with a confidence and cues', () => {
    const text = '“We are ready,” Peskov said on Monday.';
    const draft = draftAnnotation(text, { graph: draftTestGraph(), date: '2024-07-25' });
    for (const key of ['statements[0]', 'statements[0].speaker', 'statements[0].date', 'statements[0].plover']) {
      expect(draft.suggestions[key]).toEqual({
        confidence: expect.any(Number),
        cues: expect.arrayContaining([expect.any(String)]),
      });
      expect(draft.suggestions[key].confidence).toBeGreaterThan(0);
      expect(draft.suggestions[key].confidence).toBeLessThanOrEqual(1);
    }
  });
});
