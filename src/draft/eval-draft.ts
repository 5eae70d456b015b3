// `npm run eval:draft`: the leave-one-out evaluation over SEED_DIR's articles,
// printed as a table, and the time to draft a ~1,000-word article once the
// models are loaded.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config';
import { draftAnnotation } from './draft-annotation';
import { evaluateHeldOut, evaluateLeaveOneOut } from './evaluate';
import { formatEvaluation } from './evaluation-table';
import { loadKnownGraph } from './known-graph';
import { nlp } from './nlp';

const TIMED_RUNS = 5;
/** Articles annotated apart from the seed, never seen while the rules were written. */
export const HELD_OUT_DIR = path.join(__dirname, '..', '..', '..', 'bench', 'draft-holdout');

export async function timeDrafting(seedDir: string): Promise<{ words: number; loadMs: number; medianMs: number }> {
  const loadStart = performance.now();
  nlp();
  const loadMs = performance.now() - loadStart;
  const dir = path.join(seedDir, 'articles');
  const texts = await Promise.all(
    (await readdir(dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFile(path.join(dir, name), 'utf8')),
  );
  // About 1,000 words: the articles' paragraphs in turn, until the count is reached.
  const paragraphs = texts.flatMap((text) => text.split('\n').filter((line) => line.trim().length > 0));
  let article = '';
  for (let index = 0; wordCount(article) < 1000; index++)
    article += (article ? '\n' : '') + paragraphs[index % paragraphs.length];
  const graph = await loadKnownGraph(seedDir);
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const start = performance.now();
    draftAnnotation(article, { graph, date: '2024-07-25' });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { words: wordCount(article), loadMs, medianMs: times[Math.floor(times.length / 2)] };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

async function main(): Promise<void> {
  const seedDir = loadConfig().seed.dir;
  // Timed first, so the model's load time is measured too.
  const timing = await timeDrafting(seedDir);
  console.log(formatEvaluation(await evaluateLeaveOneOut(seedDir)));
  const heldOut = await evaluateHeldOut(seedDir, HELD_OUT_DIR);
  console.log(
    `\n${formatEvaluation(heldOut, `Held out: ${heldOut.articles} article(s) written and annotated after the rules were tuned (bench/draft-holdout/), drafted with the whole seed as the known graph`)}`,
  );
  console.log(
    `\nDrafting a ${timing.words}-word article: median ${timing.medianMs.toFixed(0)} ms over ${TIMED_RUNS} runs ` +
      `(models loaded once, in ${timing.loadMs.toFixed(0)} ms)`,
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
