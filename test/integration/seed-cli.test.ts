import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { repoRoot } from '../../src/config';
import { graphCounts, GraphCounts } from '../../src/seed/graph-counts';
import { loadCorpus } from '../../src/seed/load-corpus';
import { exportAnnotations } from '../../src/sync/annotation-sync.service';
import { writeCorpusDir } from '../../src/sync/corpus-dir';
import { expectedCounts } from '../support/expected-counts';
import { connectTestDatabase, TEST_URI_VARIABLE, TestDatabase } from '../support/test-database';

// `cli.js seed` as a user runs it, on broken copies of the real annotations:
// each kind of mistake is refused with file, path and reason, the command
// exits non-zero, and the database keeps exactly what it had.
const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

type Annotation = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function copySeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-seed-'));
  fs.cpSync(path.join(repoRoot, 'seed'), dir, { recursive: true });
  return dir;
}

function firstArticleFile(seedDir: string): string {
  return fs
    .readdirSync(path.join(seedDir, 'annotations'))
    .filter((f) => !f.startsWith('_') && f.endsWith('.yaml'))
    .sort()[0];
}

function editAnnotation(seedDir: string, file: string, edit: (doc: Annotation) => void): void {
  const full = path.join(seedDir, 'annotations', file);
  const doc = YAML.parse(fs.readFileSync(full, 'utf8')) as Annotation;
  edit(doc);
  fs.writeFileSync(full, YAML.stringify(doc));
}

function runSeed(seedDir: string, ...flags: string[]): { status: number | null; stdout: string; stderr: string } {
  return runCli({ SEED_DIR: seedDir, NEO4J_URI: process.env[TEST_URI_VARIABLE] }, 'seed', ...flags);
}

function runCli(
  env: Record<string, string | undefined>,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const quoted = (doc: Annotation) => doc.statements.find((s: Annotation) => s.quote);

const mistakes: [string, (doc: Annotation) => void, RegExp][] = [
  [
    'an unknown reference',
    (doc) => (doc.statements[0].speaker = 'actor-nobody-at-all'),
    /:\d+: statements\[0\]\.speaker \(stmt-[\d-]+\): .*actor-nobody-at-all/,
  ],
  [
    'a duplicate id',
    (doc) => (doc.statements[1].id = doc.statements[0].id),
    /:\d+: statements\[1\]\.id \(stmt-[\d-]+\): .*(duplicate|already)/i,
  ],
  [
    'a quote not found at its offsets',
    (doc) => (quoted(doc).quote.start += 1),
    /statements\[\d+\]\.quote.*(verbatim|does not match|actually)/i,
  ],
  [
    'a date that cannot be parsed',
    (doc) => (doc.statements[0].date.value = '2022-13-45'),
    /:\d+: statements\[0\]\.date\.value \(stmt-[\d-]+\): /,
  ],
  [
    'a demand with no owner',
    (doc) => delete doc.demands[0].owner,
    /demands\[0\]\.owner \(demand-[a-z0-9-]+\): demand has no owner/,
  ],
];

describe('seed CLI on bad annotations', () => {
  let db: TestDatabase;
  let before: GraphCounts;
  const dirs: string[] = [];

  beforeAll(async () => {
    db = connectTestDatabase();
    before = await graphCounts(db.executor);
  });
  afterAll(async () => {
    dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
    await db.close();
  });

  // Every mistake, through the one-transaction seed and the streamed one (--stream).
  const cases = mistakes.flatMap(([kind, mistake, message]) => [
    [kind, '', mistake, message] as const,
    [kind, '--stream', mistake, message] as const,
  ]);

  it.each(cases)(
    'refuses %s %s with file, path and reason, and writes nothing',
    async (_kind, flag, mistake, message) => {
      const seedDir = copySeed();
      dirs.push(seedDir);
      const file = firstArticleFile(seedDir);
      editAnnotation(seedDir, file, mistake);
      const { status, stderr } = runSeed(seedDir, ...(flag ? [flag] : []));
      expect(status).not.toBe(0);
      expect(stderr).toContain(`annotations/${file}`);
      expect(stderr).toMatch(message);
      expect(await graphCounts(db.executor)).toEqual(before);
    },
  );

  it.each([[''], ['--stream']])('seeds the unchanged annotations again %s without changing a count', async (flag) => {
    const { status, stdout } = runSeed(path.join(repoRoot, 'seed'), ...(flag ? [flag] : []));
    expect(status).toBe(0);
    expect(stdout).toMatch(/wrote \d+ nodes and \d+ edges/);
    expect(await graphCounts(db.executor)).toEqual(before);
  });
});

describe('seed over a database that keeps an annotation corpus', () => {
  let db: TestDatabase;
  let seedDir: string;
  let file: string;
  let statement: string;
  let original: string;

  beforeAll(async () => {
    db = connectTestDatabase();
    // The files as the database keeps them (global setup seeded and recorded seed/).
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-seed-kept-'));
    await writeCorpusDir(seedDir, (await exportAnnotations(db.executor, () => undefined, seedDir)).files);
    file = firstArticleFile(seedDir);
    original = fs.readFileSync(path.join(seedDir, 'annotations', file), 'utf8');
    statement = (YAML.parse(original) as Annotation).statements[0].id;
  });
  afterAll(async () => {
    fs.rmSync(seedDir, { recursive: true, force: true });
    await db.close();
  });

  const paraphrase = async () => {
    const result = await db.executor.readTransaction((tx) =>
      tx.run('MATCH (s:Statement {id: $id}) RETURN s.paraphrase AS paraphrase', { id: statement }),
    );
    return result.records[0].get('paraphrase') as string;
  };
  const apply = () => runCli({ SEED_DIR: seedDir, NEO4J_URI: process.env[TEST_URI_VARIABLE] }, 'apply');

  it('seeds files equal to the kept corpus again, changing nothing', async () => {
    const before = await graphCounts(db.executor);
    const { status, stdout } = runSeed(seedDir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/wrote \d+ nodes and \d+ edges/);
    expect(await graphCounts(db.executor)).toEqual(before);
  });

  it.each([[''], ['--stream']])(
    'refuses %s files that differ from it, naming the items and pointing at apply, and writes nothing',
    async (flag) => {
      const was = await paraphrase();
      editAnnotation(seedDir, file, (doc) => (doc.statements[0].paraphrase = 'Changed on disk, then seeded.'));
      try {
        const { status, stderr } = runSeed(seedDir, ...(flag ? [flag] : []));
        expect(status).toBe(1);
        expect(stderr).toContain(
          'seed refused: the files change 1 item(s) of the annotation corpus the database keeps',
        );
        expect(stderr).toContain(`statement ${statement} (changed)`);
        expect(stderr).toContain('peacegraph apply');
        expect(await paraphrase()).toBe(was);
      } finally {
        fs.writeFileSync(path.join(seedDir, 'annotations', file), original);
      }
    },
  );

  it('seeds files that add an item, and records it in the kept corpus, so export and apply see it', async () => {
    const actor = 'actor-seeded-addition';
    const named = async () => {
      const result = await db.executor.readTransaction((tx) =>
        tx.run('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: actor }),
      );
      return result.records.map((record) => record.get('name') as string);
    };
    editAnnotation(seedDir, file, (doc) => {
      const withActors = doc as unknown as { actors?: unknown[] };
      withActors.actors = [...(withActors.actors ?? []), { id: actor, name: 'A Seeded Addition', kind: 'PERSON' }];
    });
    try {
      const seeded = runSeed(seedDir);
      expect(seeded.status).toBe(0);
      expect(await named()).toEqual(['A Seeded Addition']);
      const kept = (await exportAnnotations(db.executor, () => undefined, seedDir)).files.files;
      expect(kept.find((candidate) => candidate.name === file)?.content).toContain(actor);
      // The kept corpus equals the files: apply finds nothing to do.
      const applied = apply();
      expect(applied.status).toBe(0);
      expect(applied.stdout).not.toContain(actor);
    } finally {
      // Back to the files as they were: apply retracts the addition from the graph and the corpus.
      fs.writeFileSync(path.join(seedDir, 'annotations', file), original);
      expect(apply().status).toBe(0);
    }
    expect(await named()).toEqual([]);
  });

  it('leaves the change to apply, which writes it and keeps the corpus, so export sees it', async () => {
    const was = await paraphrase();
    editAnnotation(seedDir, file, (doc) => (doc.statements[0].paraphrase = 'Changed on disk, then applied.'));
    try {
      const applied = apply();
      expect(applied.status).toBe(0);
      expect(applied.stdout).toContain(`updated: statement ${statement}`);
      expect(await paraphrase()).toBe('Changed on disk, then applied.');
      const kept = (await exportAnnotations(db.executor, () => undefined, seedDir)).files.files;
      expect(kept.find((candidate) => candidate.name === file)?.content).toContain('Changed on disk, then applied.');
    } finally {
      // Back to the files as they were, through apply again: the next suites see the seeded graph.
      fs.writeFileSync(path.join(seedDir, 'annotations', file), original);
      expect(apply().status).toBe(0);
    }
    expect(await paraphrase()).toBe(was);
  });
});

describe('seed --import (a new embedded store, built by the bulk importer)', () => {
  const homes: string[] = [];
  afterAll(() => homes.forEach((home) => fs.rmSync(home, { recursive: true, force: true })));

  /** `cli.js seed --import` on the embedded store under a home of its own (no NEO4J_URI). */
  function runImport(seedDir: string): { status: number | null; stdout: string; stderr: string; home: string } {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-cli-import-'));
    fs.rmdirSync(home);
    homes.push(home);
    const env = {
      SEED_DIR: seedDir,
      NEO4J_URI: undefined,
      NEO4J_EMBEDDED_HOME: home,
      NEO4J_EMBEDDED_HEAP_MB: '384',
      NEO4J_EMBEDDED_PAGECACHE_MB: '32',
    };
    return { ...runCli(env, 'seed', '--import'), home };
  }

  it('refuses a server named by NEO4J_URI, whose files are not ours to write, and writes nothing', async () => {
    const db = connectTestDatabase();
    try {
      const before = await graphCounts(db.executor);
      const { status, stderr } = runSeed(path.join(repoRoot, 'seed'), '--import');
      expect(status).not.toBe(0);
      expect(stderr).toContain(
        "seed --import builds the embedded store's files and cannot write to the server at NEO4J_URI: use seed --stream there",
      );
      expect(await graphCounts(db.executor)).toEqual(before);
    } finally {
      await db.close();
    }
  });

  it('refuses a corpus with a mistake with file, path and reason, before any store file exists', () => {
    const seedDir = copySeed();
    homes.push(seedDir);
    const file = firstArticleFile(seedDir);
    editAnnotation(seedDir, file, mistakes[0][1]);
    const { status, stderr, home } = runImport(seedDir);
    expect(status).not.toBe(0);
    expect(stderr).toContain(`annotations/${file}`);
    expect(stderr).toMatch(mistakes[0][2]);
    expect(fs.existsSync(path.join(home, 'data', 'databases', 'neo4j'))).toBe(false);
  });

  it('imports the five articles and prints the counts their rows make', async () => {
    const seeded = expectedCounts(await loadCorpus(path.join(repoRoot, 'seed')));
    const { status, stdout, stderr } = runImport(path.join(repoRoot, 'seed'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^imported \d+ nodes and \d+ edges in \d+ ms/);
    const printed = (line: string) =>
      Object.fromEntries(
        stdout
          .split('\n')
          .find((l) => l.startsWith(line))!
          .slice(line.length)
          .trim()
          .split(' ')
          .map((kv) => kv.split('='))
          .map(([k, v]) => [k, Number(v)]),
      );
    expect(printed('nodes:')).toEqual(seeded.nodes);
    expect(printed('edges:')).toEqual(seeded.edges);
  });
});
