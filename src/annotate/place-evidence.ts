// Evidence by its text: an annotator copies the sentence(s) that report a
// statement (`evidence: { text: "..." }`), and this finds where the article
// has them, as place-quotes does for quotes: one occurrence gets its offsets,
// several take the one nearest the `start` given or are asked about, none is
// asked about with the nearest passage. A statement with no evidence but a
// placed quote gets the sentence(s) holding the quote. Offsets already written
// are left alone. The YAML is edited in place, comments and layout kept.
import YAML, { isMap, isSeq } from 'yaml';
import type { YAMLMap } from 'yaml';
import { nearestPassage, occurrences } from './place-quotes';
import type { QuoteQuestion } from './place-quotes';
import { enclosingSentences } from './sentences';

export interface PlacedEvidence {
  /** The file's new text. */
  yaml: string;
  /** Evidence spans found by their text. */
  placed: number;
  /** Evidence spans taken from the sentence(s) around the quote. */
  fromQuote: number;
  questions: QuoteQuestion[];
}

function itemName(index: number, statement: YAMLMap): string {
  const id = statement.get('id');
  return `statements[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
}

/** Where `text` is in the article, or the question to ask about it. */
function find(articleText: string, text: string, given: unknown): { start: number } | { question: string } {
  const starts = occurrences(articleText, text);
  if (starts.length === 1) return { start: starts[0] };
  if (starts.length > 1 && typeof given === 'number')
    return { start: starts.reduce((best, at) => (Math.abs(at - given) < Math.abs(best - given) ? at : best)) };
  if (starts.length > 1)
    return {
      question: `the evidence occurs ${starts.length} times, at starts ${starts.join(', ')}: give the start of the one meant`,
    };
  const nearest = nearestPassage(articleText, text);
  return {
    question: `the evidence does not occur in the article; the nearest passage is at start ${nearest.start}: "${nearest.passage}"`,
  };
}

/** A quote's span when it is verbatim at its offsets, else null (place-quotes places it first). */
function placedQuote(statement: YAMLMap, articleText: string): { start: number; end: number } | null {
  const quote = statement.get('quote');
  if (!isMap(quote)) return null;
  const [text, start, end] = [quote.get('text'), quote.get('start'), quote.get('end')];
  if (typeof text !== 'string' || typeof start !== 'number' || typeof end !== 'number') return null;
  return articleText.slice(start, end) === text ? { start, end } : null;
}

/** Fills the evidence offsets of every statement of one annotation file (its YAML text) from the article's text. */
export function placeEvidence(yamlText: string, articleText: string): PlacedEvidence {
  const doc = YAML.parseDocument(yamlText);
  const statements = doc.get('statements');
  const result: PlacedEvidence = { yaml: yamlText, placed: 0, fromQuote: 0, questions: [] };
  if (!isSeq(statements)) return result;
  statements.items.forEach((statement, index) => {
    if (!isMap(statement)) return;
    const evidence = statement.get('evidence');
    if (isMap(evidence) && typeof evidence.get('text') === 'string' && evidence.get('text') !== '') {
      const text = evidence.get('text') as string;
      const found = find(articleText, text, evidence.get('start'));
      if ('question' in found) {
        result.questions.push({ item: itemName(index, statement), question: found.question });
        return;
      }
      const span = doc.createNode({ start: found.start, end: found.start + text.length });
      span.flow = true;
      statement.set('evidence', span);
      result.placed++;
      return;
    }
    if (evidence !== undefined && evidence !== null) return;
    const quote = placedQuote(statement, articleText);
    if (!quote) {
      if (isMap(statement.get('quote')))
        result.questions.push({
          item: itemName(index, statement),
          question: 'no evidence, and the quote has no offsets that match its text: run place-quotes first',
        });
      return;
    }
    const span = doc.createNode(enclosingSentences(articleText, quote));
    span.flow = true;
    statement.set('evidence', span);
    result.fromQuote++;
  });
  result.yaml = doc.toString({ lineWidth: 0 });
  return result;
}
