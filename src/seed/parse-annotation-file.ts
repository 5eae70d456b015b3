// Step one of validation: one file on its own. YAML syntax, then the zod
// schema. Problems are collected, never thrown.
import { parseDocument } from 'yaml';
import type { AnnotationProblem } from './annotation-error';
import { AnnotationFileSchema, ArticleHeaderSchema, SECTION_NAMES, SECTION_SCHEMAS } from './annotation.schema';
import type { SectionName } from './annotation.schema';
import type { IdKind, Located, ParsedFile, ParsedSections } from './parsed-file';
import { emptySections } from './parsed-file';
import { parseErrorMap, zodIssuesToProblems } from './zod-problems';

const SECTION_KINDS: Record<SectionName, IdKind | null> = {
  actors: 'actor',
  territories: 'territory',
  events: 'event',
  statements: 'statement',
  demands: 'demand',
  relations: null, // relations have no id
};

export interface FileParseResult {
  parsed: ParsedFile;
  problems: AnnotationProblem[];
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseAnnotationFile(file: string, content: string): FileParseResult {
  const parsed: ParsedFile = {
    file,
    shared: baseName(file).startsWith('_'),
    yamlOk: true,
    valid: false,
    hasArticle: false,
    article: null,
    articleId: null,
    sections: emptySections(),
    brokenIds: [],
    brokenDemandRefs: new Set(),
  };

  const doc = parseDocument(content, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    parsed.yamlOk = false;
    const problems = doc.errors.map((error) => {
      const [line, col] = error.linePos ? [error.linePos[0].line, error.linePos[0].col] : [0, 0];
      // prettyErrors appends " at line L, column C:" and a code excerpt; keep the first sentence.
      const reason = `YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
      return { file, path: `line ${line}, column ${col}`, reason };
    });
    // The schema cannot be trusted on a broken document, but the ids it still
    // shows are worth declaring so other files do not report them as unknown.
    harvestIds(parsed, safeToJs(doc));
    return { parsed, problems };
  }

  // An empty file (or only comments) is an empty mapping. Turning the
  // document into values can still fail (an alias "billion laughs" bomb
  // trips yaml's alias limit); that is this file's problem, named as such.
  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (error) {
    parsed.yamlOk = false;
    return { parsed, problems: [{ file, path: '(file)', reason: `YAML could not be read: ${(error as Error).message}` }] };
  }
  parsed.yamlOk = isRecord(raw);
  parsed.hasArticle = isRecord(raw) && raw.article !== undefined;
  const result = AnnotationFileSchema.safeParse(raw, { error: parseErrorMap });
  if (result.success) {
    parsed.valid = true;
    const data = result.data;
    if (data.article) {
      parsed.article = { value: data.article, path: 'article' };
      parsed.articleId = data.article.id;
    }
    parsed.sections = locateAll(data);
    return { parsed, problems: [] };
  }

  salvage(parsed, raw);
  return { parsed, problems: zodIssuesToProblems(file, result.error.issues) };
}

function safeToJs(doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS();
  } catch {
    return null;
  }
}

function locateAll(data: { [K in SectionName]: ParsedSections[K][number]['value'][] }): ParsedSections {
  const sections = emptySections();
  for (const name of SECTION_NAMES) {
    (sections[name] as Located<unknown>[]) = data[name].map((value, index) => ({ value, path: `${name}[${index}]` }));
  }
  return sections;
}

/**
 * The file failed the schema: keep every item that passes on its own, with
 * its original index, so cross-file checks still run on the sound part.
 */
function salvage(parsed: ParsedFile, raw: unknown): void {
  if (!isRecord(raw)) return;
  if (raw.article !== undefined) {
    const header = ArticleHeaderSchema.safeParse(raw.article);
    if (header.success) parsed.article = { value: header.data, path: 'article' };
    parsed.articleId = header.success ? header.data.id : idOf(raw.article);
    if (!header.success && parsed.articleId) parsed.brokenIds.push({ id: parsed.articleId, kind: 'article', path: 'article' });
  }
  for (const name of SECTION_NAMES) {
    const items = raw[name];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const path = `${name}[${index}]`;
      const result = SECTION_SCHEMAS[name].safeParse(item);
      if (result.success) {
        (parsed.sections[name] as Located<unknown>[]).push({ value: result.data, path });
        return;
      }
      noteBroken(parsed, name, item, path);
    });
  }
}

/** For a document with YAML errors: only declare the ids it seems to hold. */
function harvestIds(parsed: ParsedFile, raw: unknown): void {
  if (!isRecord(raw)) return;
  parsed.hasArticle = raw.article !== undefined;
  parsed.articleId = idOf(raw.article);
  if (parsed.articleId) parsed.brokenIds.push({ id: parsed.articleId, kind: 'article', path: 'article' });
  for (const name of SECTION_NAMES) {
    const items = raw[name];
    if (Array.isArray(items)) items.forEach((item: unknown, index) => noteBroken(parsed, name, item, `${name}[${index}]`));
  }
}

function noteBroken(parsed: ParsedFile, section: SectionName, item: unknown, path: string): void {
  const kind = SECTION_KINDS[section];
  const id = idOf(item);
  if (kind && id) parsed.brokenIds.push({ id, kind, path });
  if (section === 'statements' && isRecord(item) && Array.isArray(item.demands)) {
    for (const stance of item.demands) {
      const demand = isRecord(stance) ? stance.demand : undefined;
      if (typeof demand === 'string') parsed.brokenDemandRefs.add(demand);
    }
  }
}

function idOf(value: unknown): string | null {
  return isRecord(value) && typeof value.id === 'string' ? value.id : null;
}
