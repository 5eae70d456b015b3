import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { isOurLauncher } from '../../src/db/stale-launcher';

// The embedded Neo4j as a user meets it: started by `cli.js neo4j` (the
// compiled CLI, built by `npm test` before jest runs), data kept across
// restarts, and no JVM left behind when its parent is killed outright.
const home = path.join(repoRoot, '.neo4j', `lifecycle-${process.pid}`);
const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

interface Started {
  child: ChildProcess;
  uri: string;
  jvmPid: number;
}

function startCli(): Promise<Started> {
  const child = spawn(process.execPath, [cli, 'neo4j'], {
    env: { ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: home, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`cli.js neo4j exited early with ${code}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^NEO4J_URI=(\S+)/.exec(line);
      if (match) {
        const jvmPid = Number(fs.readFileSync(path.join(home, 'launcher.pid'), 'utf8'));
        resolve({ child, uri: match[1], jvmPid });
      }
    });
  });
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

async function cypher(uri: string, query: string): Promise<unknown[]> {
  const driver = createDriver(uri, { user: 'neo4j', password: '' }, true);
  try {
    const result = await driver.executeQuery(query, {}, { database: 'neo4j' });
    return result.records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j lifecycle', () => {
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  it('keeps data across restarts and leaves no JVM when its parent is SIGKILLed', async () => {
    const first = await startCli();
    expect(isOurLauncher(first.jvmPid)).toBe(true);
    await cypher(first.uri, "CREATE (:LifecycleProbe {name: 'survives restarts'})");

    // SIGKILL runs no handler in the parent; the JVM must notice on its own.
    first.child.kill('SIGKILL');
    expect(await waitUntil(() => !isOurLauncher(first.jvmPid), 60_000)).toBe(true);

    const second = await startCli();
    expect(second.jvmPid).not.toBe(first.jvmPid);
    expect(await cypher(second.uri, 'MATCH (n:LifecycleProbe) RETURN n.name AS name')).toEqual([
      { name: 'survives restarts' },
    ]);

    // SIGTERM is the polite stop: the CLI closes the database and exits 0.
    const exited = new Promise<number | null>((resolve) => second.child.once('exit', resolve));
    second.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await waitUntil(() => !isOurLauncher(second.jvmPid), 30_000)).toBe(true);
    expect(fs.existsSync(path.join(home, 'launcher.pid'))).toBe(false);
  });
});

describe('embedded Neo4j prerequisites', () => {
  it('says in one line what to install when Java is missing, and how to use a server instead', async () => {
    const child = spawn(process.execPath, [cli, 'neo4j'], {
      env: { PATH: '/nonexistent', NEO4J_EMBEDDED_HOME: home, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /Embedded Neo4j needs Java 17 or newer .*apt-get install openjdk-17-jdk-headless maven.*NEO4J_URI=/,
    );
  });
});
