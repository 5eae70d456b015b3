// Which speech frame each quote belongs to, in the order newswire writes them:
//   1. right after the quote: `,” Peskov said` / `,” said Peskov`, or a
//      sentence-final `..., the spokesman said.`;
//   2. before it in its sentence: `Peskov replied: “…` (the main clause's
//      frame when several stand before it: "X said that Y agreed “…”");
//   3. a short sentence right after it: `“…?” Peskov said.`;
//   4. none: the quote continues the previous quote (a quote split by its
//      attribution, or a second paragraph of quotes), else the last speaker.
// A quoted question ("Asked if “…”") and a short quote with no verb of saying
// in its sentence (a scare quote: “red lines”) are no statements.
import { LEXICON } from './cue-lexicon';
import type { Token } from './nlp';
import type { FoundQuote } from './quotes';
import type { Sentence } from './sentences';
import { sentenceAt } from './sentences';
import type { SpeechFrame } from './speech-frames';

export type AttributionRule = 'after' | 'before' | 'next-sentence' | 'continues' | 'last-speaker';

export interface AttributedQuote {
  quote: FoundQuote;
  frame: SpeechFrame | null;
  rule: AttributionRule;
  /** For 'continues': the quote it continues. */
  continues: AttributedQuote | null;
}

const SCARE_QUOTE_WORDS = 4;

export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quotes: readonly FoundQuote[],
  frames: readonly SpeechFrame[],
): AttributedQuote[] {
  const attributed: AttributedQuote[] = [];
  for (const quote of quotes) {
    const first = sentenceAt(sentences, quote.open);
    const last = sentenceAt(sentences, Math.max(quote.open, quote.close - 1));
    const framesIn = (sentence: Sentence) => frames.filter((frame) => frame.sentence === sentence);
    if (isQuestion(text, first, quote, tokens)) continue;
    const words = text.slice(quote.start, quote.end).split(/\s+/).length;
    const sentenceFrames = [...new Set([...framesIn(first), ...framesIn(last)])];
    if (words <= SCARE_QUOTE_WORDS && sentenceFrames.length === 0) continue;

    const after = framesIn(last).filter(
      (frame) => frame.start >= quote.close && !quoteBetween(quotes, quote.close, frame.start),
    );
    const adjacent = after.find((frame) => {
      const from = Math.min(frame.start, frame.speaker.start, frame.reportedBy?.start ?? frame.start);
      return /^[\s,;:\u2014\u2013-]*$/.test(text.slice(quote.close, from)) || isSentenceFinal(text, frame);
    });
    if (adjacent) {
      attributed.push({ quote, frame: adjacent, rule: 'after', continues: null });
      continue;
    }
    const before = framesIn(first).filter((frame) => frame.end <= quote.open);
    const main = before.find((frame) => !frame.participle) ?? before[before.length - 1];
    if (main) {
      attributed.push({ quote, frame: main, rule: 'before', continues: null });
      continue;
    }
    if (after.length > 0) {
      attributed.push({ quote, frame: after[0], rule: 'after', continues: null });
      continue;
    }
    const next = sentences[last.index + 1];
    if (next && next.paragraph === last.paragraph && last.end <= quote.close + 1) {
      const nextFrame = framesIn(next).find((frame) => frame.start - next.start < 40 && next.end - next.start < 60);
      if (nextFrame) {
        attributed.push({ quote, frame: nextFrame, rule: 'next-sentence', continues: null });
        continue;
      }
    }
    const previous = attributed[attributed.length - 1];
    if (previous && sentenceAt(sentences, previous.quote.open).paragraph >= first.paragraph - 1) {
      attributed.push({ quote, frame: null, rule: 'continues', continues: previous });
      continue;
    }
    attributed.push({ quote, frame: null, rule: 'last-speaker', continues: null });
  }
  return attributed;
}

function quoteBetween(quotes: readonly FoundQuote[], from: number, to: number): boolean {
  return quotes.some((quote) => quote.open >= from && quote.open < to);
}

/** `..., the German chancellor's spokesman said.`: a frame closing its sentence after a comma. */
function isSentenceFinal(text: string, frame: SpeechFrame): boolean {
  const tail = text.slice(frame.end, frame.sentence.end);
  const head = text.slice(
    frame.sentence.start,
    Math.min(frame.start, frame.speaker.start, frame.reportedBy?.start ?? frame.start),
  );
  return /^[\s\p{L}-]{0,30}[.!?]?$/u.test(tail) && /,\s*$/.test(head);
}

/** "Asked by reporters if “…”": the quote is the question put to the speaker. */
function isQuestion(text: string, sentence: Sentence, quote: FoundQuote, tokens: readonly Token[]): boolean {
  const lead = text.slice(sentence.start, quote.open).toLowerCase();
  const words = lead.split(/[^a-z]+/).filter(Boolean);
  const asked = words.findIndex((word) => LEXICON.questionIntroducers.has(word));
  if (asked === -1) return false;
  // A verb of saying after "asked" means the quote is the answer.
  const afterAsked = words.slice(asked + 1);
  return !afterAsked.some((word) => LEXICON.speechVerbs.has(word)) && tokens.length > 0;
}
