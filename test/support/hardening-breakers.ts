import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * Ways to break a copy of a valid seed directory, one mistake each, as an
 * annotator (or an attacker with write access to seed/) might make it. Each
 * returns the file it broke, or undefined when the corpus has nothing to
 * break that way (e.g. no quoted statement): the test then fails, since a
 * breaker that breaks nothing would pass without testing anything.
 */
export interface Breaker {
  name: string;
  /** What the refusal must mention (the file, or the problem). */
  expect: RegExp;
  apply(seedDir: string): string | undefined;
}

type Item = Record<string, unknown>;
type AnnotationFile = Record<string, unknown> & {
  article?: Item;
  actors?: Item[];
  statements?: Item[];
  demands?: Item[];
  relations?: Item[];
};

const annotationsOf = (seedDir: string) => path.join(seedDir, 'annotations');

function files(seedDir: string): string[] {
  return fs
    .readdirSync(annotationsOf(seedDir))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

const articleFiles = (seedDir: string) => files(seedDir).filter((name) => !name.startsWith('_'));
const sharedFiles = (seedDir: string) => files(seedDir).filter((name) => name.startsWith('_'));

function read(seedDir: string, name: string): AnnotationFile {
  return parse(fs.readFileSync(path.join(annotationsOf(seedDir), name), 'utf8')) as AnnotationFile;
}

function write(seedDir: string, name: string, content: AnnotationFile | string): string {
  fs.writeFileSync(path.join(annotationsOf(seedDir), name), typeof content === 'string' ? content : stringify(content));
  return name;
}

/** Edits the first article file with an item the predicate accepts. */
function editFirst(
  seedDir: string,
  pick: (file: AnnotationFile) => Item | undefined,
  edit: (item: Item, file: AnnotationFile) => void,
): string | undefined {
  for (const name of articleFiles(seedDir)) {
    const file = read(seedDir, name);
    const item = pick(file);
    if (!item) continue;
    edit(item, file);
    return write(seedDir, name, file);
  }
  return undefined;
}

const firstArticle = (file: AnnotationFile) => file.article;
const firstStatement = (file: AnnotationFile) => file.statements?.[0];
const quotedStatement = (file: AnnotationFile) => file.statements?.find((statement) => statement.quote);
const firstDemand = (file: AnnotationFile) => file.demands?.[0];

export const breakers: Breaker[] = [
  {
    name: 'YAML syntax error',
    expect: /YAML syntax error/,
    apply: (dir) => {
      const name = articleFiles(dir)[0];
      return write(dir, name, `${fs.readFileSync(path.join(annotationsOf(dir), name), 'utf8')}\nactors: [unclosed\n`);
    },
  },
  {
    name: 'duplicate key',
    expect: /YAML syntax error|duplicate|unique/i,
    apply: (dir) => {
      const name = articleFiles(dir)[0];
      return write(
        dir,
        name,
        `${fs.readFileSync(path.join(annotationsOf(dir), name), 'utf8')}\narticle:\n  id: article-again\n`,
      );
    },
  },
  {
    name: 'root is a list, not a mapping',
    expect: /annotations refused/,
    apply: (dir) => write(dir, articleFiles(dir)[0], '- just\n- a list\n'),
  },
  {
    name: 'empty article file',
    expect: /missing article header/,
    apply: (dir) => write(dir, articleFiles(dir)[0], '# nothing here\n'),
  },
  {
    name: 'binary garbage',
    expect: /annotations refused/,
    apply: (dir) => {
      const name = articleFiles(dir)[0];
      fs.writeFileSync(
        path.join(annotationsOf(dir), name),
        Buffer.from([0xff, 0xfe, 0x00, 0x3a, 0x7b, 0x5b, 0x00, 0x80, 0x81]),
      );
      return name;
    },
  },
  {
    name: 'YAML alias bomb (billion laughs)',
    expect: /alias|resource exhaustion|annotations refused/i,
    apply: (dir) => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let level = 1; level < 9; level++) {
        const previous = String.fromCharCode(96 + level);
        const current = String.fromCharCode(97 + level);
        levels.push(`${current}: &${current} [${Array(9).fill(`*${previous}`).join(',')}]`);
      }
      return write(dir, '_bomb.yaml', `${levels.join('\n')}\n`);
    },
  },
  {
    name: 'misspelt key',
    expect: /titel|Unrecognized key/i,
    apply: (dir) => editFirst(dir, firstArticle, (article) => Object.assign(article, { titel: article.title })),
  },
  {
    name: 'missing required field',
    expect: /title/,
    apply: (dir) => editFirst(dir, firstArticle, (article) => delete article.title),
  },
  {
    name: 'unknown enum value',
    expect: /plover\.type/,
    apply: (dir) => editFirst(dir, firstStatement, (statement) => ((statement.plover as Item).type = 'SHOUT')),
  },
  {
    name: 'id not kebab-case',
    expect: /kebab-case/,
    apply: (dir) => editFirst(dir, firstStatement, (statement) => (statement.id = 'Stmt_One')),
  },
  {
    name: 'duplicate id across files',
    expect: /duplicate|already declared|declared/i,
    apply: (dir) => {
      const shared = sharedFiles(dir)[0];
      const actor = shared ? read(dir, shared).actors?.[0] : undefined;
      if (!actor) return undefined;
      return editFirst(dir, firstArticle, (_article, file) => (file.actors = [...(file.actors ?? []), actor]));
    },
  },
  {
    name: 'unknown reference',
    expect: /unknown id "actor-nobody-at-all"/,
    apply: (dir) => editFirst(dir, firstStatement, (statement) => (statement.speaker = 'actor-nobody-at-all')),
  },
  {
    name: 'reference of the wrong kind',
    expect: /expected an actor/,
    apply: (dir) =>
      editFirst(dir, firstStatement, (statement, file) => (statement.speaker = (file.article as Item).id)),
  },
  {
    name: 'quote not in the article',
    expect: /quote/,
    apply: (dir) =>
      editFirst(dir, quotedStatement, (statement) => ((statement.quote as Item).text = 'words nobody ever said')),
  },
  {
    name: 'quote offsets out of range',
    expect: /quote/,
    apply: (dir) =>
      editFirst(dir, quotedStatement, (statement) =>
        Object.assign(statement.quote as Item, { start: 999_999, end: 1_000_010 }),
      ),
  },
  {
    name: 'impossible date',
    expect: /published/,
    apply: (dir) =>
      editFirst(dir, firstArticle, (article) =>
        Object.assign(article.published as Item, { value: '2023-02-30', precision: 'DAY' }),
      ),
  },
  {
    name: 'date as a bare number',
    expect: /quoted string/,
    apply: (dir) => editFirst(dir, firstArticle, (article) => ((article.published as Item).value = 2014)),
  },
  {
    name: 'article file name mismatch',
    expect: /does not match the annotation file name/,
    apply: (dir) => editFirst(dir, firstArticle, (article) => (article.file = 'elsewhere.txt')),
  },
  {
    name: 'article header missing',
    expect: /missing article header/,
    apply: (dir) => editFirst(dir, firstArticle, (_article, file) => delete file.article),
  },
  {
    name: 'statement in a shared file',
    expect: /belong to an article file/,
    apply: (dir) => {
      const statement = articleFiles(dir)
        .map((name) => read(dir, name).statements?.[0])
        .find(Boolean);
      return statement
        ? write(dir, '_misplaced.yaml', { statements: [{ ...statement, id: 'stmt-misplaced-01' }] })
        : undefined;
    },
  },
  {
    name: 'demand without owner',
    expect: /no owner/,
    apply: (dir) => editFirst(dir, firstDemand, (demand) => delete demand.owner),
  },
  {
    name: 'article text missing',
    expect: /\.txt/,
    apply: (dir) => {
      const name = articleFiles(dir)[0];
      const file = read(dir, name);
      const text = String(file.article?.file ?? '');
      if (!text) return undefined;
      fs.rmSync(path.join(dir, 'articles', text));
      return name;
    },
  },
  {
    name: 'relation between the wrong kinds',
    expect: /relations/,
    apply: (dir) =>
      editFirst(
        dir,
        (file) => file.relations?.find((relation) => relation.type === 'CONTROLS' || relation.type === 'CLAIMS'),
        (relation, file) => (relation.to = (file.article as Item).id),
      ),
  },
  {
    name: 'injection text in an id',
    expect: /kebab-case/,
    apply: (dir) =>
      editFirst(dir, firstStatement, (statement) => (statement.id = "x' }) MATCH (n) DETACH DELETE n //")),
  },
];
