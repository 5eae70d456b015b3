import fs from 'node:fs';
import path from 'node:path';
import { isOurLauncher } from '../../src/db/stale-launcher';
import { readStoreOwner } from '../../src/db/store-owner';
import { postQuery } from '../support/hardening-http';
import { GRAPH_COUNTS_QUERY, OwnServer, sleep, startOwnServer } from '../support/reliability-server';

// A SIGKILLed launcher JVM (an OOM kill, a crash) is noticed, logged and
// started again on the same store by the server that owns it, which is
// never restarted itself.

// Generous ceiling. The aim is ready again within 30 s, and a restart alone
// takes 10-20 s here when the machine is quiet (a JVM start with Neo4j's
// recovery of a store that was not shut down cleanly, then the warm-up). In
// the full suite two jest workers share the two cores with other servers'
// JVMs, and the same restart has taken 42 s; a ceiling at the aim would fail
// on load, not on the code. When even this server's own first (clean) JVM
// start took longer, the restart is allowed twice that. The figure is printed.
const RECOVERY_CEILING_MS = 90_000;

function firstStartMs(own: OwnServer): number {
  const at = (message: string) => Number(own.logs.find((line) => line.msg === message)?.time);
  return at('embedded Neo4j ready') - at('starting embedded Neo4j');
}

describe('supervision of the embedded Neo4j', () => {
  let own: OwnServer;

  beforeAll(async () => {
    own = await startOwnServer('supervision');
  }, 240_000);
  afterAll(() => own?.remove());

  it('restarts a killed launcher JVM on the same store and becomes ready again with the same graph', async () => {
    const before = await postQuery(own.origin, GRAPH_COUNTS_QUERY);
    expect(before.status).toBe(200);
    const killedPid = own.server.database.embedded!.pid;
    const uriBefore = own.server.database.uri;

    const ceilingMs = Math.max(RECOVERY_CEILING_MS, 2 * firstStartMs(own));
    process.kill(killedPid, 'SIGKILL');
    const killedAt = Date.now();
    const states = new Set<string>();
    let restarting: Record<string, unknown> | undefined;
    let readyAfterMs: number | undefined;
    while (Date.now() - killedAt < ceilingMs + 30_000) {
      const { status, body } = await own.ready();
      states.add(`${status} ${String(body?.database)}`);
      if (body?.database === 'restarting') restarting ??= body;
      if (status === 200) {
        readyAfterMs = Date.now() - killedAt;
        break;
      }
      await sleep(250);
    }
    const after = await postQuery(own.origin, GRAPH_COUNTS_QUERY);
    const newPid = own.server.database.embedded!.pid;
    console.log(
      `supervision: launcher ${killedPid} SIGKILLed, /ready 200 again after ${readyAfterMs} ms ` +
        `(ceiling ${ceilingMs} ms; the first JVM start took ${firstStartMs(own)} ms) ` +
        `(states seen: ${[...states].join(', ')}); new launcher ${newPid} at ${own.server.database.uri}`,
    );

    expect(readyAfterMs).toBeDefined();
    expect(readyAfterMs!).toBeLessThan(ceilingMs);
    expect(restarting).toMatchObject({ ready: false, database: 'restarting', restart: { attempt: 1 } });
    // Ready again means warm again: the example queries ran on the new JVM.
    expect(own.logs.filter((line) => line.msg.startsWith('warm-up'))).toHaveLength(2);
    expect(after.status).toBe(200);
    expect(after.json?.data).toEqual(before.json?.data);
    expect(newPid).not.toBe(killedPid);
    expect(isOurLauncher(newPid)).toBe(true);
    expect(own.server.database.uri).toBe(uriBefore);
    // The files next to the store name the new launcher, not the dead one.
    expect(fs.readFileSync(path.join(own.home, 'launcher.pid'), 'utf8')).toBe(String(newPid));
    expect(readStoreOwner(own.home)).toMatchObject({ ownerPid: process.pid, launcherPid: newPid, ready: true });
    const exitLog = own.logs.find((line) => line.msg.startsWith('embedded Neo4j exited unexpectedly'));
    expect(exitLog).toMatchObject({ level: 50, pid: killedPid, exit: 'signal SIGKILL' });
    expect(own.logs.some((line) => line.msg === 'embedded Neo4j restarted')).toBe(true);
    expect(own.fatal).toEqual([]);
  }, 180_000);
});
