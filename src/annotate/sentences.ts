// Sentences of an article with their offsets, from the ICU sentence
// segmenter Node ships (Intl.Segmenter): the span evidence defaults to.

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Every sentence of `text`, trailing spaces left out, as UTF-16 offsets (end exclusive). */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    if (trimmed.trim() !== '')
      spans.push({ start: index + (trimmed.length - trimmed.trimStart().length), end: index + trimmed.length });
  }
  return spans;
}

/** The sentences that hold `span`, joined into one span (a quote may run over several). */
export function enclosingSentences(text: string, span: Span): Span {
  const sentences = sentenceSpans(text).filter((sentence) => sentence.end > span.start && sentence.start < span.end);
  if (sentences.length === 0) return span;
  return {
    start: Math.min(span.start, sentences[0].start),
    end: Math.max(span.end, sentences[sentences.length - 1].end),
  };
}
