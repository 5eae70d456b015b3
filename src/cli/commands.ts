import type { CliCommand } from './command';
import { analyticsCommand } from './commands/analytics';
import { countsCommand } from './commands/counts';
import { draftCommand } from './commands/draft';
import { exportCommand } from './commands/export';
import { neo4jCommand } from './commands/neo4j';
import { seedCommand } from './commands/seed';
import { validateCommand } from './commands/validate';

/** Every command, in the order `peacegraph --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  seedCommand,
  countsCommand,
  analyticsCommand,
  exportCommand,
  neo4jCommand,
  draftCommand,
];
