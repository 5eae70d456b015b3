// Quotes by their text: an annotator writes what was said, and this finds
// where the article says it. A quote that occurs once gets its offsets; one
// that occurs several times takes the occurrence nearest the `start` the
// annotator gave, and without one is asked about (each occurrence's start
// listed); one that does not occur is asked about with the nearest
// passage. A statement with a quote and no evidence gets the sentence(s)
// holding the quote as its evidence. The YAML is edited in place, comments
// and layout kept.
import YAML, { isMap, isSeq } from 'yaml';
import type { YAMLMap } from 'yaml';
import { enclosingSentences } from './sentences';

export interface QuoteQuestion {
  /** Where in the file, by item id as well as index: `statements[3] (stmt-005-04)`. */
  item: string;
  question: string;
}

export interface PlacedQuotes {
  /** The file's new text. */
  yaml: string;
  placed: number;
  evidenceAdded: number;
  questions: QuoteQuestion[];
}

/** Every start at which `quote` occurs in `text`. */
export function occurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/** Typography annotators retype differently: curly quotes and apostrophes, dashes, runs of spaces. */
function plain(char: string): string {
  if ('‘’‚‛′'.includes(char)) return "'";
  if ('“”„‟″«»'.includes(char)) return '"';
  if ('‐‑‒–—―'.includes(char)) return '-';
  return /\s/.test(char) ? ' ' : char.toLowerCase();
}

/**
 * The passage of `text` nearest `quote`: first where they differ only in
 * typography and case, else the window of the quote's length, starting at a
 * word, with the fewest differing characters.
 */
export function nearestPassage(text: string, quote: string): { start: number; end: number; passage: string } {
  const wanted = [...quote].map(plain).join('');
  const folded = [...text].map(plain).join('');
  const loose = folded.indexOf(wanted);
  if (loose >= 0) return { start: loose, end: loose + quote.length, passage: text.slice(loose, loose + quote.length) };
  let best = { start: 0, cost: Infinity };
  for (let start = 0; start < Math.max(1, text.length - wanted.length + 1); start++) {
    if (start > 0 && /\w/.test(folded[start - 1])) continue;
    let cost = 0;
    for (let i = 0; i < wanted.length && cost < best.cost; i++) if (folded[start + i] !== wanted[i]) cost++;
    if (cost < best.cost) best = { start, cost };
  }
  const end = Math.min(text.length, best.start + quote.length);
  return { start: best.start, end, passage: text.slice(best.start, end) };
}

function itemName(index: number, statement: YAMLMap): string {
  const id = statement.get('id');
  return `statements[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
}

/** Places every quote of one annotation file (its YAML text) in its article's text. */
export function placeQuotes(yamlText: string, articleText: string): PlacedQuotes {
  const doc = YAML.parseDocument(yamlText);
  const statements = doc.get('statements');
  const result: PlacedQuotes = { yaml: yamlText, placed: 0, evidenceAdded: 0, questions: [] };
  if (!isSeq(statements)) return result;
  statements.items.forEach((statement, index) => {
    if (!isMap(statement)) return;
    const quote = statement.get('quote');
    if (!isMap(quote)) return;
    const text = quote.get('text');
    if (typeof text !== 'string' || text === '') return;
    const item = itemName(index, statement);
    const given = quote.get('start');
    const starts = occurrences(articleText, text);
    let start: number | null = null;
    if (starts.length === 1) start = starts[0];
    else if (starts.length > 1 && typeof given === 'number')
      start = starts.reduce((best, at) => (Math.abs(at - given) < Math.abs(best - given) ? at : best));
    else if (starts.length > 1)
      result.questions.push({
        item,
        question: `the quote occurs ${starts.length} times, at starts ${starts.join(', ')}: give the start of the one meant`,
      });
    else {
      const nearest = nearestPassage(articleText, text);
      result.questions.push({
        item,
        question: `the quote does not occur in the article; the nearest passage is at start ${nearest.start}: "${nearest.passage}"`,
      });
    }
    if (start === null) return;
    const end = start + text.length;
    if (quote.get('start') !== start || quote.get('end') !== end) {
      quote.set('start', start);
      quote.set('end', end);
      result.placed++;
    }
    if (!statement.has('evidence')) {
      const evidence = enclosingSentences(articleText, { start, end });
      const span = doc.createNode({ start: evidence.start, end: evidence.end });
      span.flow = true;
      statement.set('evidence', span);
      result.evidenceAdded++;
    }
  });
  result.yaml = doc.toString({ lineWidth: 0 });
  return result;
}
