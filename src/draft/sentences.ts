// Sentences with their offsets: wink's sentence boundaries, cut again at line
// breaks (a headline or a dateline has no full stop, but its line is its own).
import type { TokenisedText } from './nlp';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the paragraph (block of text between line breaks). */
  paragraph: number;
}

export function splitSentences(text: string, tokenised: TokenisedText): Sentence[] {
  const { tokens, sentenceTokens } = tokenised;
  const spans: [number, number][] = [];
  for (const [first, last] of sentenceTokens) {
    if (first > last || first >= tokens.length) continue;
    let start = tokens[first].start;
    const end = tokens[Math.min(last, tokens.length - 1)].end;
    for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
      if (text.slice(start, at).trim()) spans.push([start, at]);
      start = at + 1;
    }
    if (text.slice(start, end).trim()) spans.push([start, end]);
  }
  const sentences: Sentence[] = [];
  for (const [rawStart, rawEnd] of spans) {
    let start = rawStart;
    let end = rawEnd;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const paragraph = countLineBreaks(text, start);
    sentences.push({ index: sentences.length, start, end, paragraph });
  }
  return sentences;
}

function countLineBreaks(text: string, upTo: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < upTo; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The sentence holding an offset (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  let found = sentences[0];
  for (const sentence of sentences) {
    if (sentence.start <= offset) found = sentence;
    else break;
  }
  return found;
}
