#!/usr/bin/env node
// `npm test`: the two layers of jest.config.js as two jest processes side by
// side. Jest runs every selected project's global setup before any test, so
// in one process the unit suites wait the half minute or more the database
// layer's setup spends starting and seeding its Neo4j stores, although they
// need neither. Here the unit layer runs in a process of its own from the
// start, at a somewhat lower CPU priority: it fills the cores the database
// layer leaves idle (while a JVM starts, while a suite waits on a restart)
// and yields to it otherwise, since the database layer is what the run
// waits for; not so low that it could still be running when that layer
// ends. Its report is held back and printed after the database layer's, so
// the two never interleave. With arguments (a file, a pattern, --selectProjects),
// this is plain jest with them.
const { spawn } = require('node:child_process');
const os = require('node:os');

const jest = require.resolve('jest/bin/jest');
const args = process.argv.slice(2);

/** Runs jest with `jestArgs`; resolves with its exit code (and its output, when collected). */
function run(jestArgs, collect, niceness = 0) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [jest, ...jestArgs], {
      stdio: collect ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    if (niceness > 0) lowerPriority(child.pid, niceness);
    const chunks = [];
    if (collect) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks) }));
  });
}

/** Raises `pid`'s niceness by `by` (an unprivileged process may lower its children's priority, never raise it). */
function lowerPriority(pid, by) {
  try {
    os.setPriority(pid, Math.min(19, os.getPriority() + by));
  } catch {
    // Where priorities cannot be set, the layers share the cores evenly: slower, not wrong.
  }
}

async function main() {
  if (args.length > 0) return (await run(args, false)).code;
  const unit = run(['--selectProjects', 'unit', '--maxWorkers', '1'], true, 5);
  const database = await run(['--selectProjects', 'database'], false);
  const units = await unit;
  process.stdout.write('\n== the unit layer (ran beside the database layer)\n');
  process.stdout.write(units.output);
  return database.code || units.code;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
