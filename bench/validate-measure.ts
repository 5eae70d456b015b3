// The real validator (src/seed/load-corpus.ts: every file parsed, checked on
// its own and against the others, merged) on one corpus, in its own process
// so its time and peak memory are its own.
//
//   node dist/bench/validate-measure.js <seedDir>     prints one JSON line
import { loadCorpus } from '../src/seed/load-corpus';

export interface ValidationMeasurement {
  ok: boolean;
  ms: number;
  peakRssMb: number;
  heapAfterMb: number;
  statements?: number;
  error?: string;
}

async function main(): Promise<void> {
  const started = Date.now();
  let result: ValidationMeasurement;
  try {
    const corpus = await loadCorpus(process.argv[2]);
    result = {
      ok: true,
      ms: Date.now() - started,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapAfterMb: Math.round(process.memoryUsage().heapUsed / 1048576),
      statements: corpus.statements.length,
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
      ms,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapAfterMb,
      error: (error as Error).message.slice(0, 2000),
    };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
