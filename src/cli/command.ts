import type { Logger } from '../logger';

/** An option of a command: with `value` it takes one (`--out DIR`), without it is a flag (`--json`). */
export interface OptionSpec {
  name: string;
  /** The placeholder shown in help, e.g. `DIR` or `graphml|graphology|csv`. */
  value?: string;
  /** The parser refuses the command line without it. */
  required?: boolean;
  help: string;
}

export interface PositionalSpec {
  name: string;
  help: string;
}

/** What the parser found on the command line, before the command gives it meaning. */
export interface ParsedArgs {
  values: Record<string, string | true>;
  positionals: string[];
}

/**
 * One CLI command. `parse` checks the arguments and turns them into the
 * command's options (throwing a UsageError) before `run` opens anything, so
 * a mistyped value costs no database start.
 */
export interface CliCommand<Options = unknown> {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** A paragraph for `peacegraph help <command>`. */
  description: string;
  options: readonly OptionSpec[];
  positionals: readonly PositionalSpec[];
  parse(args: ParsedArgs): Options;
  run(options: Options, logger: Logger): Promise<void>;
}
