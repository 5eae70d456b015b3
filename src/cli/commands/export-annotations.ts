import path from 'node:path';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { exportAnnotations } from '../../sync/annotation-sync.service';
import type { CorpusFiles } from '../../sync/annotation-items';
import { writeCorpusDir } from '../../sync/corpus-dir';
import { postGraphql } from '../../sync/server-client';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';

export interface ExportAnnotationsOptions {
  out: string | null;
  server: string | null;
}

const CORPUS_QUERY = '{ annotationCorpus { edition files { name content } articles { file text } } }';

export const exportAnnotationsCommand: CliCommand<ExportAnnotationsOptions> = {
  name: 'export-annotations',
  summary: 'write the corpus the graph holds back to annotation files, in normal form',
  description:
    'Writes the annotation corpus the graph holds (the seed files and every change made through the API or ' +
    'applied since) as annotations/*.yaml and articles/*.txt under --out (default SEED_DIR), in the normal form ' +
    'of docs/sync.md: the same corpus always gives the same bytes, so a diff shows only real changes. Annotation ' +
    'files the corpus no longer holds are removed. Reads Neo4j (NEO4J_URI, or the embedded store), or a running ' +
    'server with --server.',
  options: [
    { name: 'out', value: 'DIR', help: 'the seed directory to write (annotations/, articles/); default SEED_DIR' },
    { name: 'server', value: 'URL', help: "read a running server's corpus (its /graphql) instead of the database" },
  ],
  positionals: [],

  parse({ values }) {
    if (values.out === true || values.server === true) throw new UsageError('--out and --server take a value');
    return {
      out: typeof values.out === 'string' ? values.out : null,
      server: values.server ?? null,
    } as ExportAnnotationsOptions;
  },

  async run({ out, server }, logger) {
    const config = loadConfig();
    const dir = path.resolve(out ?? config.seed.dir);
    let edition: number;
    let files: CorpusFiles;
    if (server) {
      const { annotationCorpus } = await postGraphql<{
        annotationCorpus: { edition: number; files: CorpusFiles['files']; articles: { file: string; text: string }[] };
      }>(server, undefined, CORPUS_QUERY);
      edition = annotationCorpus.edition;
      files = {
        files: annotationCorpus.files,
        articleTexts: new Map(annotationCorpus.articles.map((article) => [article.file, article.text])),
      };
    } else {
      const database = await openDatabase(config.neo4j, logger);
      try {
        ({ edition, files } = await exportAnnotations(database.executor, () => undefined, config.seed.dir));
      } finally {
        await database.close();
      }
    }
    const { written, removed } = await writeCorpusDir(dir, files);
    console.log(
      `exported edition ${edition}: ${files.files.length} annotation files and ${files.articleTexts.size} article ` +
        `texts to ${dir} (${written} written${removed.length > 0 ? `, removed ${removed.join(', ')}` : ''})`,
    );
  },
};
