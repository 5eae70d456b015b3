// Folding for matching names the way search does: case, accents and the
// typographic apostrophe do not tell two spellings apart. Each character folds
// to exactly one, so an offset in the folded text is the same offset in the
// original.
export function foldChar(char: string): string {
  if (char === '’' || char === '‘' || char === 'ʼ') return "'";
  const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.length === 1 ? folded : char.toLowerCase().slice(0, 1) || char;
}

export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    // Astral characters are two code units; keep them as they are so offsets stay aligned.
    out += char.length === 1 ? foldChar(char) : char;
  }
  return out;
}
