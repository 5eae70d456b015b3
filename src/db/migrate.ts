import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import type { Logger } from '../logger';
import type { Executor } from './executor';

const schemaDir = path.join(repoRoot, 'cypher', 'schema');

/** The statements of `cypher/schema/*.cypher`, in file order. */
export function schemaStatements(): { file: string; cypher: string }[] {
  return fs
    .readdirSync(schemaDir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      stripComments(fs.readFileSync(path.join(schemaDir, file), 'utf8'))
        .split(';')
        .map((cypher) => cypher.trim())
        .filter(Boolean)
        .map((cypher) => ({ file, cypher })),
    );
}

/**
 * Applies every constraint and index. Each statement says IF NOT EXISTS, so
 * running this at every start is safe; then it waits for the indexes to come
 * online so the first queries do not race a population.
 */
export async function migrate(executor: Executor, logger: Logger): Promise<number> {
  const statements = schemaStatements();
  for (const { file, cypher } of statements) {
    try {
      await executor.runSchemaStatement(cypher);
    } catch (error) {
      throw new Error(`Schema statement in cypher/schema/${file} failed: ${(error as Error).message}\n${cypher}`);
    }
  }
  await executor.runSchemaStatement('CALL db.awaitIndexes(300)');
  logger.info({ statements: statements.length }, 'schema applied');
  return statements.length;
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}
