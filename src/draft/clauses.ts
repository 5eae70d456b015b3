// Where the clause that a cue opens ends: at a semicolon, a dash, the end of
// the sentence, or a comma that starts a new clause (", while", ", but").
export function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  const match =
    /;|\s[\u2014\u2013]\s|,\s*(?:while|but|whereas|although|though|however|and\s+(?:claimed|said|added))\b|[.!?](?=\s|$)/.exec(
      rest,
    );
  return match ? from + match.index : sentenceEnd;
}

/** The start of the clause holding `at`: after a semicolon or a clause-opening comma, else the sentence start. */
export function clauseStart(text: string, at: number, sentenceStart: number): number {
  const before = text.slice(sentenceStart, at);
  let start = sentenceStart;
  for (const match of before.matchAll(/;\s*|,\s*(?:while|but|whereas|although|however)\s+/g))
    start = sentenceStart + (match.index ?? 0) + match[0].length;
  return start;
}

/** Splits "X abandons A and hands over B" or "A, B, and C" into its parts (offsets into text). */
export function splitCoordination(text: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  const segment = text.slice(start, end);
  const cuts = [...segment.matchAll(/,\s*and\s+|,\s+|\s+and\s+(?=[a-z]+s\s)/g)];
  let from = 0;
  for (const cut of cuts) {
    const at = cut.index ?? 0;
    // A comma inside a short aside is no list: keep parts of at least two words.
    if (segment.slice(from, at).trim().split(/\s+/).length >= 2) {
      parts.push({ start: start + from, end: start + at });
      from = at + cut[0].length;
    }
  }
  parts.push({ start: start + from, end });
  return parts.filter((part) => text.slice(part.start, part.end).trim().split(/\s+/).length >= 2);
}
