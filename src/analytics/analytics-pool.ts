import fs from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import { repoRoot } from '../config';
import type { AnalyticsResult, AnalyticsTask } from './analytics-task';

/**
 * Worker threads that run analytics tasks (graph algorithms, export
 * writing), so a heavy analytics request never holds the event loop every
 * other request is served from. piscina queues tasks beyond `threads`;
 * threads start on first use and stop when idle.
 */
export class AnalyticsPool {
  private pool?: Piscina<AnalyticsTask, AnalyticsResult>;

  constructor(private readonly threads: number) {}

  run(task: AnalyticsTask): Promise<AnalyticsResult> {
    this.pool ??= new Piscina<AnalyticsTask, AnalyticsResult>({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: this.threads,
      idleTimeout: 30_000,
    });
    return this.pool.run(task);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }
}

/**
 * The worker runs compiled JavaScript: beside this file once built, and
 * from dist/ when this file runs as TypeScript (ts-jest), where `npm test`
 * builds it first.
 */
function workerFile(): string {
  const beside = path.join(__dirname, 'analytics-worker.js');
  if (fs.existsSync(beside)) return beside;
  const built = path.join(repoRoot, 'dist', 'src', 'analytics', 'analytics-worker.js');
  if (fs.existsSync(built)) return built;
  throw new Error(`The analytics worker is not built (${built}); run npm run build`);
}
