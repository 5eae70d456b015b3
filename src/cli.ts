// The `peacegraph` command line (bin/peacegraph.js runs this file once built;
// `node dist/src/cli.js <command>` does the same). Each command is a module
// of src/cli/commands/; this file only turns their outcome into output and
// an exit code: 0 done, 1 failed (e.g. a corpus with problems), 2 a command
// line that makes no sense.
import { COMMANDS } from './cli/commands';
import { CommandLine, parseCommandLine } from './cli/parse-command-line';
import { UsageError } from './cli/usage-error';
import { packageVersion } from './cli/version';
import { createLogger } from './logger';

export async function runCli(argv: readonly string[]): Promise<void> {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv, COMMANDS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`peacegraph: ${error.message}`);
    console.error(
      error.command
        ? `Run "peacegraph help ${error.command}" for its options.`
        : 'Run "peacegraph --help" for the commands.',
    );
    process.exit(2);
  }
  if (line.action === 'help') return console.log(line.text);
  if (line.action === 'version') return console.log(packageVersion());
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'peacegraph-cli');
  await line.command.run(line.options, logger);
}

/** Runs the command line and exits 1 with the error's message if the command fails. */
export function main(argv: readonly string[]): void {
  runCli(argv).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}

if (require.main === module) main(process.argv.slice(2));
