import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import { ServerBusyError } from '../errors/api-errors';
import type { Logger } from '../logger';
import type { Executor } from './executor';

/**
 * How long a start keeps retrying a schema statement the database is too
 * busy to take: a machine saturated by other work makes
 * the first connections slow, which is no reason to give up a start.
 */
const BUSY_RETRY_MS = 60_000;

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
 * online so the first queries do not race a population. A database that
 * already has every one of them, online, is left alone after one look: each
 * server and command starts with this, and two dozen schema statements
 * (each a round trip and a compile in Neo4j) would change nothing there.
 * Returns how many statements were run: 0 when the schema was in place.
 */
export async function migrate(executor: Executor, logger: Logger): Promise<number> {
  const statements = schemaStatements();
  if (await schemaInPlace(executor, statements)) {
    logger.info({ statements: statements.length }, 'schema already in place');
    return 0;
  }
  for (const { file, cypher } of statements) {
    try {
      await whileBusy(() => executor.runSchemaStatement(cypher), logger);
    } catch (error) {
      throw new Error(`Schema statement in cypher/schema/${file} failed: ${(error as Error).message}\n${cypher}`);
    }
  }
  await whileBusy(() => executor.runSchemaStatement('CALL db.awaitIndexes(300)'), logger);
  logger.info({ statements: statements.length }, 'schema applied');
  return statements.length;
}

/** The name a schema statement creates, if it names one. */
export function schemaNameOf(cypher: string): string | undefined {
  return /^CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS\b/i.exec(cypher)?.[1];
}

/**
 * True when every statement's constraint or index exists by name and every
 * index is online: then each IF NOT EXISTS finds its name taken and the
 * statements would do nothing. A statement without a name (or a database
 * that will not show its schema) means: apply them all, as before.
 */
async function schemaInPlace(executor: Executor, statements: { cypher: string }[]): Promise<boolean> {
  const wanted = statements.map(({ cypher }) => schemaNameOf(cypher));
  if (wanted.some((name) => name === undefined)) return false;
  try {
    return await executor.readTransaction(async (tx) => {
      const constraints = await tx.run('SHOW CONSTRAINTS YIELD name RETURN name');
      const indexes = await tx.run('SHOW INDEXES YIELD name, state RETURN name, state');
      if (indexes.records.some((record) => record.get('state') !== 'ONLINE')) return false;
      const present = new Set(
        [...constraints.records, ...indexes.records].map((record) => record.get('name') as string),
      );
      return wanted.every((name) => present.has(name!));
    });
  } catch {
    return false;
  }
}

/** Runs `work`, again after a pause while the database answers busy, for at most BUSY_RETRY_MS. */
async function whileBusy<T>(work: () => Promise<T>, logger: Logger): Promise<T> {
  const giveUpAt = Date.now() + BUSY_RETRY_MS;
  for (let pauseMs = 250; ; pauseMs = Math.min(pauseMs * 2, 5_000)) {
    try {
      return await work();
    } catch (error) {
      // Busy only: a database that is down is the caller's to wait for (the server's readiness does).
      if (!(error instanceof ServerBusyError) || Date.now() + pauseMs > giveUpAt) throw error;
      logger.warn({ err: (error as Error).message, retryInMs: pauseMs }, 'schema statement not taken yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}
