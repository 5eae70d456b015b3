import { existsSync, watch } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import type { Executor } from '../../db/executor';
import { applyAnnotationFiles } from '../../sync/annotation-sync.service';
import type { ApplyResult } from '../../sync/annotation-sync.service';
import type { CorpusFiles } from '../../sync/annotation-items';
import { readCorpusDir } from '../../sync/corpus-dir';
import { applyToServer } from '../../sync/apply-remote';
import type { CliCommand } from '../command';
import { refusalReport } from '../refusal-report';
import { UsageError } from '../usage-error';

/** How long the files must stay unchanged before they are applied again. */
const DEBOUNCE_MS = 300;

export interface ApplyOptions {
  dir: string | null;
  server: string | null;
  key: string | null;
  watch: boolean;
}

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
      return repeat(dir, options.watch, async () => applyToServer(server, key, await readCorpusDir(dir)));
    }
    const database = await openDatabase(config.neo4j, logger);
    try {
      const author = `cli:${os.userInfo().username}`;
      await repeat(dir, options.watch, async () =>
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

/**
 * Applies once, or with --watch again after every change under annotations/
 * and articles/ (node's fs.watch on the two directories, debounced: an editor
 * saving writes and renames several times). A refused apply is reported on
 * stderr with every problem and conflict and the watcher keeps running, so
 * the next save that fixes the files is applied. SIGINT or SIGTERM stop it.
 */
async function repeat(dir: string, watching: boolean, once: () => Promise<ApplyResult>): Promise<void> {
  if (!watching) {
    try {
      return report(dir, await once());
    } catch (error) {
      console.error(refusalReport(error as Error));
      process.exitCode = 1;
      return;
    }
  }
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const run = () => {
    running = running.then(() =>
      once().then(
        (result) => report(dir, result),
        (error: Error) =>
          console.error(`${refusalReport(error)}\napply refused: nothing written; fix the files and save again`),
      ),
    );
  };
  run();
  // A seed directory may have no articles/ yet (readCorpusDir reads it as empty); annotations/ it must have.
  const watched = ['annotations', 'articles'].filter((sub) => sub === 'annotations' || existsSync(path.join(dir, sub)));
  const watchers = watched.map((sub) =>
    watch(path.join(dir, sub), () => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    }).on('error', (error) => console.error(`stopped watching ${path.join(dir, sub)}: ${error.message}`)),
  );
  console.log(`watching ${dir} (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // Open watchers would keep the process alive after the last apply.
  for (const watcher of watchers) watcher.close();
  clearTimeout(timer);
  await running;
}

function report(dir: string, result: ApplyResult): void {
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
}
