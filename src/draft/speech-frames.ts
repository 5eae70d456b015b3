// Speech frames: a verb of saying ("said", "told", "added", ...) or "according
// to", with the mention that is its speaker. The speaker is the nearest
// mention before the verb that can be a subject (not "Putin's", not "with
// Kiev", not inside a ", who ..." clause) and is not cut off from the verb by a
// quote; "said Peskov" takes the mention after the verb instead. "X quoted Y
// as saying" makes Y the speaker and X the outlet that reports it.
import { LEXICON } from './cue-lexicon';
import type { Mention } from './mentions';
import type { Token } from './nlp';
import type { FoundQuote } from './quotes';
import type { Sentence } from './sentences';

export interface SpeechFrame {
  /** The verb (or "according to"): its character span. */
  start: number;
  end: number;
  verb: string;
  speaker: Mention;
  /** The outlet in "X quoted Y as saying". */
  reportedBy?: Mention;
  sentence: Sentence;
  /** Whether the speaker stands after the verb ("said Peskov"). */
  inverted: boolean;
  /** Whether the verb is a participle hanging off another clause ("adding that ..."). */
  participle: boolean;
}

export function findSpeechFrames(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quotes: readonly FoundQuote[],
  mentions: readonly Mention[],
): SpeechFrame[] {
  const inQuote = (offset: number) => quotes.some((quote) => offset >= quote.open && offset < quote.close);
  const frames: SpeechFrame[] = [];
  let sentenceIndex = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex + 1].start <= token.start) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    if (inQuote(token.start) || token.start < sentence.start || token.end > sentence.end) continue;

    if (token.normal === 'according' && tokens[index + 1]?.normal === 'to') {
      const speaker = mentions.find((mention) => mention.firstToken === index + 2);
      if (speaker)
        frames.push(frame(token.start, tokens[index + 1].end, 'according to', speaker, sentence, false, false));
      continue;
    }
    if (!LEXICON.speechVerbs.has(token.normal) || !/^(?:VERB|AUX)$/.test(token.pos)) continue;
    const participle = token.normal.endsWith('ing');

    if (token.normal === 'quoted') {
      const quoted = mentions.find((mention) => mention.firstToken === index + 1);
      const outlet = subjectBefore(text, quotes, mentions, sentence, token.start);
      if (quoted && /^\s+as saying\b/.test(text.slice(quoted.end, quoted.end + 12))) {
        frames.push({
          ...frame(token.start, token.end, token.text, quoted, sentence, false, false),
          reportedBy: outlet ?? undefined,
        });
        continue;
      }
    }
    const subject = subjectBefore(text, quotes, mentions, sentence, token.start);
    if (subject && !LEXICON.nonSpeakerSubjects.has(subject.text.toLowerCase())) {
      frames.push(frame(token.start, token.end, token.text, subject, sentence, false, participle));
      continue;
    }
    // "said Peskov", "said the spokesman": the speaker right after a finite verb, never after "that".
    const after = participle
      ? undefined
      : mentions.find(
          (mention) =>
            mention.firstToken > index &&
            mention.firstToken <= index + 2 &&
            !mention.possessive &&
            !/[,.;:“”"«»]|\bthat\b/.test(text.slice(token.end, mention.start)),
        );
    if (after) frames.push(frame(token.start, token.end, token.text, after, sentence, true, participle));
  }
  return frames;
}

function frame(
  start: number,
  end: number,
  verb: string,
  speaker: Mention,
  sentence: Sentence,
  inverted: boolean,
  participle: boolean,
): SpeechFrame {
  return { start, end, verb, speaker, sentence, inverted, participle };
}

/** The nearest mention before `offset` in the sentence that can be the verb's subject, not across a quote. */
export function subjectBefore(
  text: string,
  quotes: readonly FoundQuote[],
  mentions: readonly Mention[],
  sentence: Sentence,
  offset: number,
): Mention | null {
  let boundary = sentence.start;
  for (const quote of quotes) if (quote.close <= offset && quote.close > boundary) boundary = quote.close;
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index];
    if (mention.end > offset) continue;
    if (mention.start < boundary) break;
    if (mention.possessive || mention.afterPreposition) continue;
    if (inRelativeClause(text, boundary, mention.start)) continue;
    // A verb of its own between subject and speech verb makes the mention its object ("urged Putin to").
    if (/\b(?:that|whether|if)\b/i.test(text.slice(mention.end, offset))) continue;
    return mention;
  }
  return null;
}

function inRelativeClause(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const comma = before.lastIndexOf(',');
  return comma !== -1 && /^,\s*(?:who|which|whose)\b/i.test(before.slice(comma));
}
