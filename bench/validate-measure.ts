// The real validator on one corpus, in its own process so its time and peak
// memory are its own.
//
//   node [--expose-gc] dist/bench/validate-measure.js <seedDir> [stream|load]   prints one JSON line
//
// stream (default): validateSeedDir (src/seed/seed-dir.ts), every check
//   loadCorpus makes, file by file with a few files open, holding only the
//   compact id registry; the corpus is not built.
// load: loadCorpus (src/seed/load-corpus.ts), the same checks, and the whole
//   merged corpus built in memory (what the one-transaction seed needs).
import { loadCorpus } from '../src/seed/load-corpus';
import { validateSeedDir } from '../src/seed/seed-dir';

export interface ValidationMeasurement {
  ok: boolean;
  mode?: 'stream' | 'load';
  ms: number;
  peakRssMb: number;
  heapAfterMb: number;
  /** Highest heap still in use after a full GC, sampled every second (needs --expose-gc), MiB. */
  peakLiveHeapMb?: number | null;
  statements?: number;
  error?: string;
}

async function main(): Promise<void> {
  const mode = process.argv[3] === 'load' ? 'load' : 'stream';
  const collect = (globalThis as { gc?: () => void }).gc;
  let peakLive = 0;
  const sampleLive = () => {
    if (!collect) return;
    collect();
    peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  };
  const sampler = collect ? setInterval(sampleLive, 1000) : undefined;
  const started = Date.now();
  let result: ValidationMeasurement;
  try {
    const statements =
      mode === 'load'
        ? (await loadCorpus(process.argv[2])).statements.length
        : (await validateSeedDir(process.argv[2])).statements;
    const ms = Date.now() - started;
    sampleLive();
    result = {
      ok: true,
      mode,
      ms,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapAfterMb: Math.round(process.memoryUsage().heapUsed / 1048576),
      peakLiveHeapMb: collect ? Math.round(peakLive / 1048576) : null,
      statements,
    };
  } catch (error) {
    const ms = Date.now() - started;
    // The failure may be the process running out of something (EMFILE) that memoryUsage() needs too.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let heapAfterMb = NaN;
    try {
      heapAfterMb = Math.round(process.memoryUsage().heapUsed / 1048576);
    } catch {
      // leave it unknown
    }
    result = {
      ok: false,
      mode,
      ms,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapAfterMb,
      error: (error as Error).message.slice(0, 2000),
    };
  } finally {
    if (sampler) clearInterval(sampler);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
