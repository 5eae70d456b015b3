#!/usr/bin/env node
// `npm test`: the type-check and the two layers of jest.config.js, packed
// onto the cores. The unit layer needs neither the build nor a database, so
// it starts at once, as a jest process of its own at a somewhat lower CPU
// priority, beside the type-check and build (tsc, one core): it fills the
// cores the database layer leaves idle (while tsc runs, while a JVM starts,
// while a suite waits on a restart) and yields to it otherwise, since the
// database layer is what the run waits for. The database layer starts when
// the build is done (the suites' command-line children run dist/), in a jest
// process whose global setup starts and seeds its Neo4j stores. (In one jest
// process the unit suites would wait for that setup.) The unit layer's
// report is held back and printed after the database layer's, so the two
// never interleave. With arguments (a file, a pattern, --selectProjects),
// this is the build, then plain jest with them.
const { spawn } = require('node:child_process');
const os = require('node:os');

const jest = require.resolve('jest/bin/jest');
const tsc = require.resolve('typescript/bin/tsc');
const args = process.argv.slice(2);

/** Runs `script` with `scriptArgs`; resolves with its exit code (and its output, when collected). */
function run(script, scriptArgs, collect, niceness = 0) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...scriptArgs], {
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
    // Where priorities cannot be set, the processes share the cores evenly: slower, not wrong.
  }
}

const build = () => run(tsc, ['-p', 'tsconfig.json'], false);

async function main() {
  if (args.length > 0) {
    const built = await build();
    return built.code || (await run(jest, args, false)).code;
  }
  const unit = run(jest, ['--selectProjects', 'unit', '--maxWorkers', '1'], true, 5);
  const built = await build();
  if (built.code !== 0)
    process.stdout.write('\n== the build failed: the database layer did not run (its command-line tests need dist/)\n');
  const database = built.code === 0 ? await run(jest, ['--selectProjects', 'database'], false) : built;
  const units = await unit;
  process.stdout.write('\n== the unit layer (ran beside the build and the database layer)\n');
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
