import fs from 'node:fs';
import { loadCorpus } from '../../src/seed/load-corpus';
import { breakers } from '../support/hardening-breakers';
import { baseSeedDir, copySeedDir, tempDir } from '../support/hardening-corpus';
import { lostItems, sameGraph, snapshotGraph, GraphSnapshot } from '../support/hardening-graph';
import { HardeningReport } from '../support/hardening-report';
import { runSeeder } from '../support/hardening-seeder';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// Broken copies of the real annotations (seed/), one mistake each. Each
// must be refused twice: by the validator in-process, naming the problem,
// and by `cli.js seed` against the run's Neo4j, which must exit non-zero
// with the graph exactly as it was.
const report = new HardeningReport('Bad annotation files', 'refused, DB unchanged');

describe('bad annotation files', () => {
  let database: TestDatabase;
  let before: GraphSnapshot;
  let base: { dir: string; name: string };
  const dirs: string[] = [];

  beforeAll(async () => {
    database = connectTestDatabase();
    before = await snapshotGraph(database.executor);
    base = await baseSeedDir();
    report.note(`broken copies of ${base.name}`);
  });

  afterAll(async () => {
    report.print();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    await database?.close();
  });

  it('starts from a corpus the validator accepts', async () => {
    await expect(loadCorpus(base.dir)).resolves.toBeDefined();
  });

  it.each(breakers.map((breaker) => [breaker.name, breaker] as const))('refuses: %s', async (_name, breaker) => {
    const dir = tempDir('broken');
    dirs.push(dir);
    copySeedDir(base.dir, dir);
    // Every breaker must find something to break in the seeded corpus:
    // one that breaks nothing would pass without testing anything.
    expect(breaker.apply(dir)).toEqual(expect.any(String));

    const validation = await loadCorpus(dir).then(
      () => undefined,
      (error: Error) => error,
    );
    const seed = await runSeeder(dir, database.uri);
    const after = await snapshotGraph(database.executor);
    const ok =
      validation !== undefined &&
      breaker.expect.test(validation.message) &&
      seed.code !== 0 &&
      sameGraph(before, after);
    report.record(breaker.name, ok, lostItems(before, after));

    expect(validation?.message).toMatch(breaker.expect);
    expect(seed.code).not.toBe(0);
    expect(seed.stderr).toMatch(/refused|error|alias/i);
    expect(sameGraph(before, after)).toBe(true);
  });
});
