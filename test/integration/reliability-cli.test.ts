import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { isOurLauncher } from '../../src/db/stale-launcher';
import { readStoreOwner } from '../../src/db/store-owner';
import { postQuery } from '../support/hardening-http';
import { GRAPH_COUNTS_QUERY, OwnServer, startOwnServer } from '../support/reliability-server';

// The command line beside a running server, on the same embedded store and
// without NEO4J_URI: it works through the server's database (found in the
// owner file next to the store) or refuses with a message that says what to
// do; it never stops the database the server works with.
const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

function runCli(home: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: home, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the command line beside a running server', () => {
  let own: OwnServer;
  let launcherPid: number;

  beforeAll(async () => {
    own = await startOwnServer('cli', { WARMUP: 'off' });
    launcherPid = own.server.database.embedded!.pid;
  }, 300_000);
  afterAll(() => own?.remove());

  async function serverStillReady(): Promise<void> {
    expect((await own.ready()).status).toBe(200);
    expect(own.server.database.embedded!.pid).toBe(launcherPid);
    expect(isOurLauncher(launcherPid)).toBe(true);
  }

  it('announces the running database next to the store', () => {
    expect(readStoreOwner(own.home)).toMatchObject({
      ownerPid: process.pid,
      launcherPid,
      uri: own.server.database.uri,
      ready: true,
    });
  });

  it('counts through the running database', async () => {
    const graph = (await postQuery(own.origin, GRAPH_COUNTS_QUERY)).json?.data?.graphStats as {
      nodes: { name: string; count: number }[];
    };
    const actors = graph.nodes.find((node) => node.name === 'Actor')!.count;
    const result = await runCli(own.home, 'counts');
    console.log(`cli counts beside the server: exit ${result.code}; ${result.stdout.trim().split('\n').join(' | ')}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`working through the embedded Neo4j of the running process ${process.pid}`);
    expect(result.stdout).toMatch(new RegExp(`nodes:.*Actor=${actors}\\b`));
    await serverStillReady();
  }, 120_000);

  it('seeds through the running database, and the graph is unchanged (seeding is idempotent)', async () => {
    const before = await postQuery(own.origin, GRAPH_COUNTS_QUERY);
    const result = await runCli(own.home, 'seed');
    console.log(`cli seed beside the server: exit ${result.code}; ${result.stdout.trim().split('\n').pop()}`);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('stopped an embedded Neo4j');
    expect((await postQuery(own.origin, GRAPH_COUNTS_QUERY)).json?.data).toEqual(before.json?.data);
    await serverStillReady();
  }, 180_000);

  it('refuses to start a second Neo4j on the store, saying who holds it and how to reach it', async () => {
    const result = await runCli(own.home, 'neo4j');
    console.log(`cli neo4j beside the server: exit ${result.code}; ${result.stderr.trim()}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`in use by process ${process.pid}`);
    expect(result.stderr).toContain(`NEO4J_URI=${own.server.database.uri}`);
    await serverStillReady();
  }, 120_000);
});
