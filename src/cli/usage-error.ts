/**
 * A command line that makes no sense (an unknown command or option, a
 * missing or bad value): the CLI prints the message and exits with 2, the
 * usual code for a usage error, so scripts can tell it from a failed run (1).
 * `command` names the command whose help the message should point to.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
