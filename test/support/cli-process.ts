import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../src/config';

/** The compiled command line, as `peacegraph` runs it (built before jest runs). */
export const CLI = path.join(repoRoot, 'dist', 'src', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `peacegraph <args>` to its end, with `env` over the test's environment (undefined removes a variable). */
export function runCli(env: Record<string, string | undefined>, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A command that keeps running (apply --watch): its output so far, waited on line by line. */
export class CliProcess {
  private readonly child: ChildProcess;
  private out = '';
  private err = '';
  private readonly exited: Promise<number | null>;

  constructor(env: Record<string, string | undefined>, ...args: string[]) {
    this.child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (this.out += chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.err += chunk));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  get stdout(): string {
    return this.out;
  }

  get stderr(): string {
    return this.err;
  }

  /** Resolves once `stream` (from offset `from`) holds `pattern`; rejects after `ceilingMs` with what it holds. */
  async waitFor(stream: 'stdout' | 'stderr', pattern: RegExp, from = 0, ceilingMs = 30_000): Promise<string> {
    const deadline = Date.now() + ceilingMs;
    for (;;) {
      const text = this[stream].slice(from);
      const match = pattern.exec(text);
      if (match) return match[0];
      if (Date.now() > deadline || this.child.exitCode !== null)
        throw new Error(`no ${String(pattern)} on ${stream} within ${ceilingMs} ms:\n${this.out}\n${this.err}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Stops it as Ctrl-C does and resolves with its exit code. */
  async stop(ceilingMs = 30_000): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGINT');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ceilingMs).unref());
    const code = await Promise.race([this.exited, timeout]);
    if (code === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error(`the command did not stop within ${ceilingMs} ms of SIGINT`);
    }
    return code;
  }
}
