import { parseArgs } from 'node:util';
import type { CliCommand, ParsedArgs } from './command';
import { commandHelp, overviewHelp } from './help';
import { UsageError } from './usage-error';

/** What a command line asks for; a UsageError when it makes no sense. */
export type CommandLine =
  { action: 'help'; text: string } | { action: 'version' } | { action: 'run'; command: CliCommand; options: unknown };

/**
 * Reads `peacegraph <command> [options]` (argv without node and the script).
 * Pure: it prints nothing and opens nothing, so every way a command line can
 * be wrong is tested without a database (test/unit/cli-args.test.ts).
 */
export function parseCommandLine(argv: readonly string[], commands: readonly CliCommand[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`name a command\n\n${overviewHelp(commands)}`);
  if (first === '-h' || first === '--help') return { action: 'help', text: overviewHelp(commands) };
  if (first === '-v' || first === '--version') return { action: 'version' };
  if (first === 'help') return helpFor(rest, commands);
  if (first.startsWith('-')) {
    throw new UsageError(`unknown option ${first}: before the command only --help and --version are known`);
  }
  const command = findCommand(first, commands);
  const args = parseCommandArgs(command, rest);
  if (args === 'help') return { action: 'help', text: commandHelp(command) };
  try {
    return { action: 'run', command, options: command.parse(args) };
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${command.name}: ${error.message}`, command.name);
    throw error;
  }
}

function findCommand(name: string, commands: readonly CliCommand[]): CliCommand {
  const command = commands.find((c) => c.name === name);
  if (!command) {
    throw new UsageError(`unknown command "${name}": use one of ${commands.map((c) => c.name).join(', ')}`);
  }
  return command;
}

function helpFor(rest: readonly string[], commands: readonly CliCommand[]): CommandLine {
  if (rest.length === 0) return { action: 'help', text: overviewHelp(commands) };
  if (rest.length > 1) throw new UsageError('help takes one command, e.g. peacegraph help seed');
  return { action: 'help', text: commandHelp(findCommand(rest[0], commands)) };
}

/**
 * The command's options and positionals, checked against what it declares.
 * node:util's parseArgs splits the words (`--out=DIR`, `--`, `-h`); it runs
 * non-strict so that each mistake gets a message naming the command's own
 * options instead of parseArgs' generic one.
 */
function parseCommandArgs(command: CliCommand, words: readonly string[]): ParsedArgs | 'help' {
  const specs = new Map(command.options.map((option) => [option.name, option]));
  const { tokens } = parseArgs({
    args: [...words],
    options: {
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(command.options.map((o) => [o.name, { type: o.value ? 'string' : 'boolean' } as const])),
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return 'help';

  const fail = (message: string) => new UsageError(`${command.name}: ${message}`, command.name);
  const args: ParsedArgs = { values: {}, positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (args.positionals.length >= command.positionals.length) {
        throw fail(`unexpected argument "${token.value}"`);
      }
      args.positionals.push(token.value);
    } else if (token.kind === 'option') {
      const spec = specs.get(token.name);
      if (!spec) throw fail(`unknown option ${token.rawName}`);
      if (spec.value) {
        // Non-strict parseArgs takes the next word as the value even when it is the next option.
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
          throw fail(`${token.rawName} needs a value (${spec.value})`);
        }
        args.values[spec.name] = token.value;
      } else {
        if (token.value !== undefined) throw fail(`${token.rawName} takes no value`);
        args.values[spec.name] = true;
      }
    }
  }
  const missing = command.options.find((o) => o.required && args.values[o.name] === undefined);
  if (missing) throw fail(`needs --${missing.name} ${missing.value}`);
  return args;
}
