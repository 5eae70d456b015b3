import type { EmbeddedNeo4j } from '../../src/db/embedded-neo4j';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__peacegraphNeo4j as EmbeddedNeo4j | undefined;
  await embedded?.stop();
}
