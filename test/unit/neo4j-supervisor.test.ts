import pino from 'pino';
import type { EmbeddedNeo4j, JvmExit } from '../../src/db/embedded-neo4j';
import { Neo4jSupervisor } from '../../src/db/neo4j-supervisor';

// The supervisor's decisions (restart, back off, give up), with launchers
// that are plain objects: what it does to a real JVM is tested in
// test/integration/reliability-supervision.test.ts.
function fakeNeo4j(port: number): EmbeddedNeo4j & { die(exit?: Partial<JvmExit>): void } {
  let die!: (exit: JvmExit) => void;
  const exited = new Promise<JvmExit>((resolve) => (die = resolve));
  return {
    uri: `bolt://127.0.0.1:${port}`,
    pid: port,
    exited,
    stop: async () => die({ code: 0, signal: null, requested: true }),
    die: (exit = {}) => die({ code: null, signal: 'SIGKILL', requested: false, ...exit }),
  };
}

const silent = pino({ level: 'silent' });
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for `condition`, up to a ceiling generous enough for a loaded machine. */
async function until(condition: () => boolean, ceilingMs = 10_000): Promise<void> {
  const deadline = Date.now() + ceilingMs;
  while (!condition() && Date.now() < deadline) await tick(10);
}

describe('Neo4jSupervisor', () => {
  it('restarts a launcher that died and reports the restart', async () => {
    const first = fakeNeo4j(40001);
    const second = fakeNeo4j(40001);
    const restarted: EmbeddedNeo4j[] = [];
    const supervisor = new Neo4jSupervisor(first, silent, {
      maxAttempts: 3,
      backoffMs: 1,
      start: async () => second,
      onRestarted: async (neo4j) => void restarted.push(neo4j),
      onGiveUp: () => undefined,
    });
    first.die();
    await until(() => restarted.length > 0);
    expect(supervisor.current).toBe(second);
    expect(restarted).toEqual([second]);
    expect(supervisor.status()).toMatchObject({
      state: 'running',
      attempt: 0,
      restarts: 1,
      lastExit: 'signal SIGKILL',
    });
    await supervisor.stop();
  });

  it('does not restart a launcher it was asked to stop', async () => {
    const first = fakeNeo4j(40002);
    let starts = 0;
    const supervisor = new Neo4jSupervisor(first, silent, {
      maxAttempts: 3,
      backoffMs: 1,
      start: async () => (starts++, fakeNeo4j(40002)),
      onRestarted: async () => undefined,
      onGiveUp: () => undefined,
    });
    await supervisor.stop();
    await tick();
    expect(starts).toBe(0);
  });

  it('backs off between failed attempts, says which attempt it is on, and gives up after maxAttempts', async () => {
    const first = fakeNeo4j(40003);
    const attemptsAt: number[] = [];
    const givenUp: Error[] = [];
    const supervisor = new Neo4jSupervisor(first, silent, {
      maxAttempts: 3,
      backoffMs: 40,
      start: async () => {
        attemptsAt.push(Date.now());
        throw new Error('java would not start');
      },
      onRestarted: async () => undefined,
      onGiveUp: (error) => void givenUp.push(error),
    });
    first.die({ signal: null, code: 137 });
    await tick(10);
    expect(supervisor.status()).toMatchObject({ state: 'restarting', attempt: 1, maxAttempts: 3 });
    await until(() => givenUp.length > 0);
    expect(attemptsAt).toHaveLength(3);
    // 40, 80, 160 ms between attempts: each pause at least the one before.
    expect(attemptsAt[2] - attemptsAt[1]).toBeGreaterThanOrEqual(attemptsAt[1] - attemptsAt[0]);
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0].message).toContain('after 3 attempts (last exit: exit code 137)');
    expect(supervisor.status().state).toBe('failed');
  });
});
