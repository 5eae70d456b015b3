// Quotes and evidence are offsets into the article text, and the graph shows
// them as the article's own words: they must point at exactly those words.
import type { AnnotationProblem } from './annotation-error';
import type { ArticleHeader, StatementAnnotation } from './annotation.schema';
import type { Located, ParsedFile } from './parsed-file';

const SHOWN_CHARS = 200;

function show(text: string): string {
  const cut = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
  return JSON.stringify(cut);
}

/** Problems of a span against a text of the given length; empty when the span is sound. */
function spanProblems(file: string, path: string, span: { start: number; end: number }, length: number): AnnotationProblem[] {
  if (span.start >= span.end) {
    return [{ file, path: `${path}.end`, reason: `end (${span.end}) must be greater than start (${span.start})` }];
  }
  if (span.end > length) {
    return [{ file, path: `${path}.end`, reason: `end (${span.end}) is past the end of the article text (length ${length})` }];
  }
  return [];
}

function quoteProblems(file: string, path: string, statement: StatementAnnotation, text: string): AnnotationProblem[] {
  const quote = statement.quote;
  if (!quote) return [];
  const bounds = spanProblems(file, `${path}.quote`, quote, text.length);
  if (bounds.length > 0) return bounds;
  const actual = text.slice(quote.start, quote.end);
  if (actual === quote.text) return [];
  const found = text.indexOf(quote.text);
  const elsewhere =
    found >= 0
      ? `; the quote occurs at start ${found}, end ${found + quote.text.length}`
      : '; the quote does not occur anywhere in the article text';
  return [
    {
      file,
      path: `${path}.quote`,
      reason: `quote is not verbatim at ${quote.start}..${quote.end}: the text there is ${show(actual)}${elsewhere}`,
    },
  ];
}

function headlineProblems(file: string, article: ArticleHeader, text: string): AnnotationProblem[] {
  if (!article.titleIsHeadline) return [];
  const firstLine = text.split('\n', 1)[0].trim();
  if (firstLine === article.title) return [];
  return [{ file, path: 'article.title', reason: `titleIsHeadline is true but the article's first line is ${show(firstLine)}` }];
}

function statementProblems(
  file: string,
  statements: readonly Located<StatementAnnotation>[],
  text: string | undefined,
): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  for (const { value: statement, path } of statements) {
    if (!statement.quote && !statement.evidence) {
      problems.push({ file, path: `${path}.evidence`, reason: 'a statement without a quote needs evidence: the offsets of the sentence(s) that report it' });
    }
    // Without the text (already reported) offsets cannot be judged.
    if (text === undefined) continue;
    problems.push(...quoteProblems(file, path, statement, text));
    if (statement.evidence) problems.push(...spanProblems(file, `${path}.evidence`, statement.evidence, text.length));
  }
  return problems;
}

export function checkArticleTexts(files: readonly ParsedFile[], articleTexts: ReadonlyMap<string, string>): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const annotatedBy = new Map<string, string>();
  for (const parsed of files) {
    const article = parsed.article?.value;
    let text: string | undefined;
    if (article) {
      text = articleTexts.get(article.file);
      if (text === undefined) {
        problems.push({ file: parsed.file, path: 'article.file', reason: `no article text named "${article.file}"` });
      } else {
        problems.push(...headlineProblems(parsed.file, article, text));
      }
      const other = annotatedBy.get(article.file);
      if (other) problems.push({ file: parsed.file, path: 'article.file', reason: `"${article.file}" is already annotated in ${other}` });
      else annotatedBy.set(article.file, parsed.file);
    }
    problems.push(...statementProblems(parsed.file, parsed.sections.statements, text));
  }
  return problems;
}
