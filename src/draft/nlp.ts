// The one English pipeline of the drafter: wink-nlp with its small web model,
// loaded once per process (about 0.2 s) and shared by every draft. Wink keeps
// each token's preceding whitespace, so character offsets are rebuilt exactly
// by adding lengths; everything downstream works in UTF-16 offsets, as the
// annotation files do.
import winkNLP from 'wink-nlp';
import type { ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  /** Lower-cased normal form (wink's `normal`). */
  normal: string;
  /** Universal POS tag (PROPN, VERB, NOUN, ...). */
  pos: string;
  start: number;
  end: number;
}

export interface TokenisedText {
  tokens: Token[];
  /** Token index ranges of wink's sentences, [first, last] inclusive. */
  sentenceTokens: [number, number][];
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

/** The pipeline, built on first use. */
export function nlp(): Nlp {
  shared ??= winkNLP(model);
  return shared;
}

export function tokenise(text: string): TokenisedText {
  const pipeline = nlp();
  const its = pipeline.its;
  const doc = pipeline.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let index = 0; index < values.length; index++) {
    at += spaces[index].length;
    // Wink's values are the text's own characters; search forward anyway so a
    // normalised character can never shift every later offset.
    const found = text.indexOf(values[index], at);
    const start = found === -1 || found > at + 4 ? at : found;
    const end = start + values[index].length;
    tokens.push({ text: values[index], normal: normals[index], pos: tags[index], start, end });
    at = end;
  }
  const sentenceTokens: [number, number][] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const span = sentence.out(its.span) as unknown as [number, number];
    sentenceTokens.push([span[0], span[1]]);
  });
  return { tokens, sentenceTokens };
}
