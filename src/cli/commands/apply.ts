import { watch } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import type { Executor } from '../../db/executor';
import type { Logger } from '../../logger';
import { applyAnnotationFiles } from '../../sync/annotation-sync.service';
import type { ApplyInput, ApplyResult } from '../../sync/annotation-sync.service';
import { filesFromItems, itemsFromFiles } from '../../sync/annotation-items';
import type { CorpusFiles } from '../../sync/annotation-items';
import { readCorpusDir } from '../../sync/corpus-dir';
import { postGraphql } from '../../sync/server-client';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';

export interface ApplyOptions {
  dir: string | null;
  server: string | null;
  key: string | null;
  watch: boolean;
}

const CORPUS_QUERY = '{ annotationCorpus { edition files { name content } articles { file text } } }';
const REFS = '{ kind id }';
const APPLY_MUTATION = `mutation ($files: [AnnotationFileInput!]!, $articles: [ArticleTextInput!]!, $unchanged: [String!], $edition: Int) {
  applyAnnotations(files: $files, articles: $articles, unchanged: $unchanged, edition: $edition) {
    edition created ${REFS} updated ${REFS} retracted ${REFS} serverAhead ${REFS}
  }
}`;

export const applyCommand: CliCommand<ApplyOptions> = {
  name: 'apply',
  summary: 'apply the annotation files on disk to the graph, as a diff in one transaction',
  description:
    'Compares the annotation files under --dir (default SEED_DIR) with the corpus the graph holds and writes the ' +
    'difference, item by item (create, update, retract), validated as a whole and in one transaction; the graph is ' +
    'never dropped. Items changed only through the API since the last sync are kept; an item changed on both sides ' +
    'refuses the whole apply (CONFLICT, both versions shown). To a running server with --server URL --key KEY ' +
    '(an editor key; only the files that differ are sent), otherwise straight to Neo4j. --watch applies again ' +
    'whenever a file changes.',
  options: [
    { name: 'dir', value: 'DIR', help: 'the seed directory to apply (annotations/, articles/); default SEED_DIR' },
    { name: 'server', value: 'URL', help: 'apply to a running server (its /graphql) instead of the database' },
    { name: 'key', value: 'KEY', help: 'the editor API key for --server (or PEACEGRAPH_API_KEY)' },
    { name: 'watch', help: 'keep running and apply again after every change to the files' },
  ],
  positionals: [],

  parse({ values }) {
    const text = (name: string) => {
      const value = values[name];
      if (value === true) throw new UsageError(`--${name} takes a value`);
      return typeof value === 'string' ? value : null;
    };
    const server = text('server');
    const key = text('key') ?? process.env.PEACEGRAPH_API_KEY ?? null;
    if (server && !key) throw new UsageError('--server needs --key KEY (an editor key) or PEACEGRAPH_API_KEY');
    return { dir: text('dir'), server, key, watch: values.watch === true };
  },

  async run(options, logger) {
    const config = loadConfig();
    const dir = path.resolve(options.dir ?? config.seed.dir);
    if (options.server) {
      const server = options.server;
      const key = options.key!;
      return repeat(dir, options.watch, logger, async () => applyToServer(server, key, await readCorpusDir(dir)));
    }
    const database = await openDatabase(config.neo4j, logger);
    try {
      const author = `cli:${os.userInfo().username}`;
      await repeat(dir, options.watch, logger, async () =>
        applyToDatabase(database.executor, config.seed.dir, author, await readCorpusDir(dir)),
      );
    } finally {
      await database.close();
    }
  },
};

function applyToDatabase(executor: Executor, seedDir: string, author: string, disk: CorpusFiles) {
  return applyAnnotationFiles(
    { executor, observe: () => undefined, seedDir, author },
    { files: disk.files, articles: [...disk.articleTexts].map(([file, text]) => ({ file, text })) },
  );
}

/** Sends only the files whose normal form differs from the server's, naming the others as unchanged. */
async function applyToServer(server: string, key: string, disk: CorpusFiles): Promise<ApplyResult> {
  const { annotationCorpus } = await postGraphql<{
    annotationCorpus: { edition: number; files: CorpusFiles['files']; articles: { file: string; text: string }[] };
  }>(server, key, CORPUS_QUERY);
  const theirs = new Map(annotationCorpus.files.map((file) => [file.name, file.content]));
  const theirTexts = new Map(annotationCorpus.articles.map((article) => [article.file, article.text]));
  const input: Required<ApplyInput> = { files: [], articles: [], unchanged: [], edition: annotationCorpus.edition };
  for (const file of disk.files) {
    const normal = normalFormOf(file, disk.articleTexts);
    const text = normal?.articleFile ? disk.articleTexts.get(normal.articleFile) : undefined;
    const sameText = !normal?.articleFile || theirTexts.get(normal.articleFile) === text;
    if (normal && theirs.get(file.name) === normal.content && sameText) input.unchanged.push(file.name);
    else input.files.push(file);
  }
  // The texts of the files sent, and any text the server lacks or has otherwise.
  for (const [file, text] of disk.articleTexts) if (theirTexts.get(file) !== text) input.articles.push({ file, text });
  const { applyAnnotations } = await postGraphql<{ applyAnnotations: ApplyResult }>(server, key, APPLY_MUTATION, {
    ...input,
  });
  return applyAnnotations;
}

/** A file in normal form, or null when it does not even parse (the server will say why). */
function normalFormOf(file: CorpusFiles['files'][number], texts: Map<string, string>) {
  try {
    const items = itemsFromFiles({ files: [file], articleTexts: texts });
    const article = items.find((item) => item.kind === 'article');
    return {
      content: filesFromItems(items).files[0]?.content ?? '',
      articleFile: article ? String(article.body.file) : null,
    };
  } catch {
    return null;
  }
}

async function repeat(dir: string, watching: boolean, logger: Logger, once: () => Promise<ApplyResult>): Promise<void> {
  const report = (result: ApplyResult) => {
    const list = (refs: { kind: string; id: string }[]) => refs.map((ref) => `${ref.kind} ${ref.id}`).join(', ');
    console.log(
      `applied ${dir}: edition ${result.edition}; created ${result.created.length}, updated ${result.updated.length}, ` +
        `retracted ${result.retracted.length}`,
    );
    for (const [what, refs] of Object.entries({
      created: result.created,
      updated: result.updated,
      retracted: result.retracted,
      'kept (changed only on the server; export-annotations brings them to the files)': result.serverAhead,
    }))
      if (refs.length > 0) console.log(`  ${what}: ${list(refs)}`);
  };
  if (!watching) return report(await once());
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const run = () => {
    running = running.then(() =>
      once().then(report, (error: Error) =>
        logger.error({ err: error.message }, 'apply refused; fix the files and save again'),
      ),
    );
  };
  run();
  for (const sub of ['annotations', 'articles'])
    watch(path.join(dir, sub), () => {
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
  console.log(`watching ${dir} (Ctrl-C stops)`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await running;
}
