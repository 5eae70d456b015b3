// Direct quotes, in every quotation-mark style newswire uses: “…”, "…", «…»,
// ‘…’ and '…', and the mixed “…" that copy-editing leaves behind. A quote may
// run over several sentences; it never runs over a line break (a paragraph
// that continues a quote opens with a new mark, and becomes a quote of its
// own). Quotes inside quotes stay part of the outer quote.
//
// The span returned is the words only, as the annotation files keep them:
// without the marks, without surrounding blanks, and without the comma or full
// stop that English puts inside the closing mark (a question or exclamation
// mark is the speaker's own, and stays).

export interface FoundQuote {
  /** The words, text.slice(start, end). */
  start: number;
  end: number;
  /** The marks: the opening mark at `open`, the closing one at `close - 1` (close = end of the marks). */
  open: number;
  close: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
}

const DOUBLE_OPEN = new Set(['“', '"', '«', '„']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const CLOSERS: Record<string, Set<string>> = {
  '“': new Set(['”', '"']),
  '„': new Set(['“', '”', '"']),
  '"': new Set(['"', '”']),
  '«': new Set(['»']),
  '‘': new Set(['’', "'"]),
  "'": new Set(["'", '’']),
};

const isLetterOrDigit = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** A mark may open a quote where a word may start: after a blank, a bracket, a dash or the start of the text. */
function canOpen(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (after === undefined || /\s/.test(after)) return false;
  return before === undefined || /[\s([{\u2014\u2013\-:]/.test(before);
}

/** A mark may close a quote where a word has ended, not inside one (an apostrophe sits between letters). */
function canClose(text: string, at: number, mark: string): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (before === undefined || /\s/.test(before)) return false;
  if ((mark === '’' || mark === "'") && isLetterOrDigit(after)) return false;
  return true;
}

export function findQuotes(text: string): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let at = 0;
  while (at < text.length) {
    const mark = text[at];
    const isOpener = (DOUBLE_OPEN.has(mark) || SINGLE_OPEN.has(mark)) && canOpen(text, at);
    if (!isOpener) {
      at++;
      continue;
    }
    const closers = CLOSERS[mark];
    const lineEnd = text.indexOf('\n', at);
    const limit = lineEnd === -1 ? text.length : lineEnd;
    let close = -1;
    for (let scan = at + 1; scan < limit; scan++) {
      if (closers.has(text[scan]) && canClose(text, scan, text[scan])) {
        close = scan;
        break;
      }
    }
    if (close === -1 && SINGLE_OPEN.has(mark)) {
      // A lone single mark is more often an apostrophe or a prime than a quote.
      at++;
      continue;
    }
    const closed = close !== -1;
    const innerEnd = closed ? close : limit;
    const span = trimWords(text, at + 1, innerEnd);
    if (span.end > span.start) {
      quotes.push({ start: span.start, end: span.end, open: at, close: closed ? close + 1 : limit, closed });
    }
    at = closed ? close + 1 : limit;
  }
  return quotes;
}

function trimWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /[\s,.;:]/.test(text[to - 1])) {
    // An ellipsis is the speaker's trailing off, not punctuation the writer added.
    if (text[to - 1] === '.' && text.slice(to - 3, to) === '...') break;
    to--;
  }
  return { start: from, end: to };
}
