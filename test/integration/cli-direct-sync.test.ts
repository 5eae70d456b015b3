import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadConfig, repoRoot } from '../../src/config';
import { readStoreOwner } from '../../src/db/store-owner';
import { exportAnnotations } from '../../src/sync/annotation-sync.service';
import { readCorpusDir } from '../../src/sync/corpus-dir';
import { removeByToken } from '../support/api-fixture-graph';
import { runCli } from '../support/cli-process';
import { connectTestDatabase, TEST_STORE_PREFIX, testDatabaseUri } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';

// `peacegraph export-annotations` and `peacegraph apply` without --server:
// straight to the database, the two ways the command line reaches one while
// a server runs: NEO4J_URI, and the embedded store's owner file (bolt.json),
// through which it works with the running process's database instead of
// starting its own. Written once, run for both. Each way has its own copy of
// the sync suite's fixture article, every id holding its token.
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'sync-article');

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The home of this worker's embedded test store: the one whose owner file names its URI. */
function storeHome(): string {
  const stores = path.join(repoRoot, '.neo4j');
  const home = fs
    .readdirSync(stores)
    .filter((name) => name.startsWith(TEST_STORE_PREFIX))
    .map((name) => path.join(stores, name))
    .find((candidate) => readStoreOwner(candidate)?.uri === testDatabaseUri());
  if (!home) throw new Error(`no embedded test store under ${stores} announces ${testDatabaseUri()}`);
  return home;
}

/** Each way: its name, its token, its environment, and whether it works through a running process's database. */
const ways: [string, string, () => Record<string, string | undefined>, boolean][] = [
  ['NEO4J_URI', 'uriwayfix', () => ({ NEO4J_URI: testDatabaseUri() }), false],
  [
    "the store's bolt.json (a running process's embedded Neo4j)",
    'boltwayfix',
    () => ({ NEO4J_URI: undefined, NEO4J_EMBEDDED_HOME: storeHome() }),
    true,
  ],
];

describe.each(ways)(
  'export-annotations and apply straight to the database, through %s',
  (_way, token, env, throughOwner) => {
    let db: TestDatabase;
    let dir: string;
    const seedDir = loadConfig().seed.dir;
    const file = `900_${token}.yaml`;
    const doc = parse(
      fs.readFileSync(path.join(FIXTURE, 'annotations', '900_syncfix.yaml'), 'utf8').replaceAll('syncfix', token),
    ) as Doc;
    const cli = (...args: string[]) => runCli({ ...env(), SEED_DIR: seedDir }, ...args);
    /** The warning openDatabase logs (pino, on stdout) when it works through another process's embedded Neo4j. */
    const WORKING_THROUGH = 'working through the embedded Neo4j of the running process';
    const save = (content: Doc) => fs.writeFileSync(path.join(dir, 'annotations', file), stringify(content));
    const paraphrase = async (id: string) => {
      const result = await db.executor.readTransaction((tx) =>
        tx.run('MATCH (s:Statement {id: $id}) RETURN s.paraphrase AS paraphrase', { id }),
      );
      return result.records.map((record) => record.get('paraphrase') as string);
    };
    const tokenNodes = async () => {
      const result = await db.executor.readTransaction((tx) =>
        tx.run('MATCH (n:Entity) WHERE n.id CONTAINS $token RETURN count(n) AS count', { token }),
      );
      return Number(result.records[0].get('count'));
    };

    beforeAll(() => {
      db = connectTestDatabase();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), `peacegraph-${token}-`));
    });
    afterAll(async () => {
      await removeByToken(db.executor, token);
      fs.rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('exports the corpus the database keeps as the files in normal form', async () => {
      const { status, stdout, stderr } = runCli(
        { ...env(), SEED_DIR: seedDir, LOG_LEVEL: 'warn' },
        'export-annotations',
        '--out',
        dir,
      );
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.includes(WORKING_THROUGH)).toBe(throughOwner);
      const kept = await exportAnnotations(db.executor, () => undefined, seedDir);
      expect(stdout).toContain(`exported edition ${kept.edition}: ${kept.files.files.length} annotation files`);
      const written = await readCorpusDir(dir);
      expect(written.files).toEqual(kept.files.files);
      for (const [name, text] of kept.files.articleTexts) expect(written.articleTexts.get(name)).toBe(text);
    });

    it('applies a new file, an edit and a retraction as diffs, logged as the command line user', async () => {
      fs.copyFileSync(
        path.join(FIXTURE, 'articles', '900_syncfix.txt'),
        path.join(dir, 'articles', `900_${token}.txt`),
      );
      save(doc);
      const created = cli('apply', '--dir', dir);
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      expect(created.stdout).toMatch(/created 8, updated 0, retracted 0/);
      expect(await tokenNodes()).toBe(7);

      const edited = structuredClone(doc);
      edited.statements[1].paraphrase = `Peskov rejects the offer (edited on disk, ${token}).`;
      save(edited);
      const updated = cli('apply', '--dir', dir);
      expect(updated.status).toBe(0);
      expect(updated.stdout).toMatch(/created 0, updated 1, retracted 0\n {2}updated: statement stmt-[a-z]+-900-02/);
      expect(await paraphrase(`stmt-${token}-900-02`)).toEqual([edited.statements[1].paraphrase]);

      const authors = await db.executor.readTransaction((tx) =>
        tx.run('MATCH (c:AnnotationChange) WHERE c.payload CONTAINS $token RETURN DISTINCT c.author AS author', {
          token,
        }),
      );
      expect(authors.records.map((record) => record.get('author'))).toEqual([`cli:${os.userInfo().username}`]);

      const again = cli('apply', '--dir', dir);
      expect(again.stdout).toMatch(/created 0, updated 0, retracted 0/);

      fs.rmSync(path.join(dir, 'annotations', file));
      const retracted = cli('apply', '--dir', dir);
      expect(retracted.status).toBe(0);
      expect(retracted.stdout).toMatch(/created 0, updated 0, retracted 8/);
      expect(await tokenNodes()).toBe(0);
    });

    it('refuses files that break the rules with every problem at its file and line, writing nothing', async () => {
      const broken = structuredClone(doc);
      broken.statements[0].speaker = `actor-${token}-nobody`;
      save(broken);
      const before = (await exportAnnotations(db.executor, () => undefined, seedDir)).edition;
      const refused = cli('apply', '--dir', dir);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(
        new RegExp(`annotations/${file}:\\d+: statements\\[0\\]\\.speaker.*actor-${token}-nobody`),
      );
      expect((await exportAnnotations(db.executor, () => undefined, seedDir)).edition).toBe(before);
      expect(await tokenNodes()).toBe(0);
      fs.rmSync(path.join(dir, 'annotations', file));
    });
  },
);
