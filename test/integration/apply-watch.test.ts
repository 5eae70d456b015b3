import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadConfig } from '../../src/config';
import { exportAnnotations } from '../../src/sync/annotation-sync.service';
import { writeCorpusDir } from '../../src/sync/corpus-dir';
import { removeByToken } from '../support/api-fixture-graph';
import { CliProcess } from '../support/cli-process';
import { connectTestDatabase } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';
import { postGraphql, startTestServer } from '../support/test-server';

// `peacegraph apply --watch --server` as a user runs it, against a running
// server on the real Neo4j: every save of a file in the watched directory
// reaches the graph (read back through GraphQL), a save that breaks the rules
// or conflicts with an edit made through the API is reported and writes
// nothing, and the watcher keeps going and applies the next good save. The
// fixture is the sync suite's article with every id holding "watchfix".
const TOKEN = 'watchfix';
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'sync-article');
const FILE = '900_watchfix.yaml';
const KEY = 'watch-editor-key-0123456789';
/** Generous: a save is debounced, then read, sent, validated and written on a machine shared by four. */
const CEILING_MS = 60_000;
/** Each test waits for several saves, each within the ceiling. */
const TEST_TIMEOUT_MS = 6 * CEILING_MS;

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STATEMENT = '{ id paraphrase speaker { id } }';

describe('peacegraph apply --watch', () => {
  let db: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let dir: string;
  let watcher: CliProcess | undefined;
  const original = parse(
    fs.readFileSync(path.join(FIXTURE, 'annotations', '900_syncfix.yaml'), 'utf8').replaceAll('syncfix', TOKEN),
  ) as Doc;
  let onDisk: Doc = structuredClone(original);

  beforeAll(async () => {
    db = connectTestDatabase();
    // An apply validates and diffs the whole corpus: on a machine shared by four test runs that can take longer
    // than a request's default 10 s, which would test the machine's load rather than the watcher.
    server = await startTestServer({
      SEED_ON_START: 'false',
      API_KEYS: `watch-cli:${KEY}:editor`,
      REQUEST_TIMEOUT_MS: '120000',
      CYPHER_TIMEOUT_MS: '110000',
    });
    // The working copy: the corpus the graph holds now (so nothing else is retracted), plus the fixture.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-watch-'));
    const { files } = await exportAnnotations(db.executor, () => undefined, loadConfig().seed.dir);
    await writeCorpusDir(dir, files);
    fs.copyFileSync(path.join(FIXTURE, 'articles', '900_syncfix.txt'), path.join(dir, 'articles', '900_watchfix.txt'));
    save(original);
  });
  afterAll(async () => {
    const stopped = watcher?.stop();
    await stopped?.catch(() => undefined);
    await server?.close();
    await removeByToken(db.executor, TOKEN);
    fs.rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  function save(doc: Doc): void {
    onDisk = doc;
    fs.writeFileSync(path.join(dir, 'annotations', FILE), stringify(doc));
  }
  function edited(edit: (doc: Doc) => void): Doc {
    const doc = structuredClone(onDisk);
    edit(doc);
    return doc;
  }
  const statementIndex = (doc: Doc, id: string) => doc.statements.findIndex((s: Doc) => s.id === id);

  async function read(id: string) {
    const { body } = await postGraphql(server.origin, `query ($id: ID!) { statement(id: $id) ${STATEMENT} }`, { id });
    return body;
  }
  async function edition(): Promise<number> {
    const { body } = await postGraphql(server.origin, '{ annotationCorpus { edition } }');
    return body.data!.annotationCorpus.edition as number;
  }
  /** Polls the graph until `check` holds, failing after the ceiling. */
  async function until(what: string, check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + CEILING_MS;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`the graph did not follow within ${CEILING_MS} ms: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const paraphraseIs = (id: string, paraphrase: string) => async () =>
    (await read(id)).data?.statement?.paraphrase === paraphrase;

  it(
    'applies the files when it starts, then every save: a statement edited, one added, one deleted',
    async () => {
      watcher = new CliProcess({}, 'apply', '--dir', dir, '--server', server.origin, '--key', KEY, '--watch');
      await watcher.waitFor('stdout', /watching /);
      await watcher.waitFor('stdout', /applied .*: edition \d+; created 8, updated 0, retracted 0/, 0, CEILING_MS);
      expect((await read('stmt-watchfix-900-01')).data!.statement).toEqual({
        id: 'stmt-watchfix-900-01',
        paraphrase: original.statements[0].paraphrase,
        speaker: { id: 'actor-watchfix-kemal-aydin' },
      });

      const edit = 'Aydin says the corridor can open within a week (edited on disk).';
      save(edited((doc) => (doc.statements[0].paraphrase = edit)));
      await until('the edited paraphrase', paraphraseIs('stmt-watchfix-900-01', edit));

      const added = 'Aydin repeats that a grain corridor can open within a week (added on disk).';
      save(
        edited((doc) =>
          doc.statements.push({ ...doc.statements[0], id: 'stmt-watchfix-900-03', paraphrase: added, demands: [] }),
        ),
      );
      await until('the added statement', paraphraseIs('stmt-watchfix-900-03', added));

      save(edited((doc) => doc.statements.splice(statementIndex(doc, 'stmt-watchfix-900-02'), 1)));
      await until('the deleted statement gone', async () => {
        const body = await read('stmt-watchfix-900-02');
        return body.errors?.[0]?.extensions?.code === 'NOT_FOUND';
      });
      // The graph can show a change a moment before the command prints its report of it.
      await watcher.waitFor('stdout', /updated 1, retracted 0\n {2}updated: STATEMENT stmt-watchfix-900-01\n/);
      await watcher.waitFor(
        'stdout',
        /created 1, updated 0, retracted 0\n {2}created: STATEMENT stmt-watchfix-900-03\n/,
      );
      await watcher.waitFor(
        'stdout',
        /created 0, updated 0, retracted 1\n {2}retracted: STATEMENT stmt-watchfix-900-02\n/,
      );
      expect(watcher.stderr).toBe('');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reports a save that breaks the rules or conflicts, writes nothing, and applies the next good save',
    async () => {
      const running = watcher!;
      const before = await edition();
      const first = (await read('stmt-watchfix-900-01')).data!.statement;

      // A speaker nobody declares: refused with the file and line on disk.
      let from = running.stderr.length;
      save(edited((doc) => (doc.statements[0].speaker = 'actor-watchfix-nobody')));
      await running.waitFor('stderr', /apply refused/, from, CEILING_MS);
      expect(running.stderr.slice(from)).toMatch(
        new RegExp(`annotations/${FILE}:\\d+: statements\\[0\\]\\.speaker.*actor-watchfix-nobody`),
      );
      expect(await edition()).toBe(before);
      expect((await read('stmt-watchfix-900-01')).data!.statement).toEqual(first);

      // Changed through the API and differently on disk: CONFLICT, naming the statement.
      const viaApi = 'Aydin says the corridor can open within a week (edited through the API).';
      const update = await postGraphql(
        server.origin,
        'mutation ($id: String!, $item: String!) { updateAnnotation(kind: STATEMENT, id: $id, item: $item) { edition } }',
        {
          id: 'stmt-watchfix-900-01',
          item: JSON.stringify({ ...onDisk.statements[0], speaker: first.speaker.id, paraphrase: viaApi }),
        },
        { authorization: `Bearer ${KEY}` },
      );
      expect(update.body.errors).toBeUndefined();
      const afterApi = await edition();
      from = running.stderr.length;
      save(
        edited((doc) => {
          doc.statements[0].speaker = first.speaker.id;
          doc.statements[0].paraphrase = 'Aydin says the corridor can open within a week (edited on disk again).';
        }),
      );
      await running.waitFor('stderr', /apply refused/, from, CEILING_MS);
      expect(running.stderr.slice(from)).toMatch(/CONFLICT: .*conflicting: statement stmt-watchfix-900-01/s);
      expect(await edition()).toBe(afterApi);
      expect((await read('stmt-watchfix-900-01')).data!.statement.paraphrase).toBe(viaApi);

      // The files brought to the API's version, and one more edit: the watcher is still there and applies it.
      const next = 'Aydin repeats his offer (edited on disk after the conflict).';
      save(
        edited((doc) => {
          doc.statements[0].paraphrase = viaApi;
          doc.statements[statementIndex(doc, 'stmt-watchfix-900-03')].paraphrase = next;
        }),
      );
      await until('the next good save', paraphraseIs('stmt-watchfix-900-03', next));
      expect((await read('stmt-watchfix-900-01')).data!.statement.paraphrase).toBe(viaApi);

      expect(await running.stop()).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});
