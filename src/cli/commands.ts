import type { CliCommand } from './command';
import { addArticleCommand } from './commands/add-article';
import { analyticsCommand } from './commands/analytics';
import { applyCommand } from './commands/apply';
import { countsCommand } from './commands/counts';
import { draftCommand } from './commands/draft';
import { exportCommand } from './commands/export';
import { exportAnnotationsCommand } from './commands/export-annotations';
import { neo4jCommand } from './commands/neo4j';
import { placeEvidenceCommand } from './commands/place-evidence';
import { placeQuotesCommand } from './commands/place-quotes';
import { seedCommand } from './commands/seed';
import { validateCommand } from './commands/validate';

/** Every command, in the order `peacegraph --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  addArticleCommand,
  placeQuotesCommand,
  placeEvidenceCommand,
  validateCommand,
  seedCommand,
  applyCommand,
  exportAnnotationsCommand,
  countsCommand,
  analyticsCommand,
  exportCommand,
  neo4jCommand,
  draftCommand,
];
