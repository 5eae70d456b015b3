// The hub's listening rule, without a database: an in-memory feed stands in
// for the two named reads the hub sends (change-latest, change-page). What
// the feed does in Neo4j is tested in test/integration/change-feed.test.ts.
import { ChangeHub } from '../../src/changes/change-hub';
import type { FeedChange } from '../../src/changes/change-record';
import { ChangeStream } from '../../src/changes/change-stream';
import type { Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';

const POLL_MS = 10;

class MemoryFeed {
  readonly records: FeedChange[] = [];
  reads = 0;

  append(count: number): void {
    for (let i = 0; i < count; i++) {
      const seq = this.records.length + 1;
      this.records.push({
        seq,
        edition: seq,
        kind: 'created',
        entity: 'Statement',
        id: `statement-${seq}`,
        from: null,
        to: null,
        key: null,
        count: null,
        before: null,
        after: null,
        author: 'test',
        operation: 'addStatement',
        at: new Date(0).toISOString(),
      });
    }
  }

  executor(): Executor {
    const read = async (name: string, params: { after?: { toNumber(): number }; limit?: { toNumber(): number } }) => {
      this.reads++;
      if (name === 'change-latest') return [{ seq: this.records.length }];
      const after = params.after!.toNumber();
      return this.records.filter((record) => record.seq > after).slice(0, params.limit!.toNumber());
    };
    return { read } as unknown as Executor;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `reached` holds, checking every poll interval; false after a ceiling generous for a loaded machine. */
async function eventually(reached: () => boolean, ceilingMs = 10_000): Promise<boolean> {
  for (const deadline = Date.now() + ceilingMs; Date.now() < deadline; await sleep(POLL_MS)) {
    if (reached()) return true;
  }
  return reached();
}

describe('change hub', () => {
  let feed: MemoryFeed;
  let hub: ChangeHub;

  beforeEach(() => {
    feed = new MemoryFeed();
    feed.append(3);
    hub = new ChangeHub(feed.executor(), createLogger('silent'), { pollMs: POLL_MS, keep: 100 });
    hub.start();
  });

  afterEach(() => hub.stop());

  test('sends no polls while nobody listens', async () => {
    await sleep(POLL_MS * 3);
    const afterStart = feed.reads;
    await sleep(POLL_MS * 10);
    expect(afterStart).toBe(1);
    expect(feed.reads).toBe(afterStart);
  });

  test('polls while a stream listens and stops when it is closed', async () => {
    await sleep(POLL_MS * 3);
    const stream = new ChangeStream(hub, 0);
    const first = await stream.next();
    expect(first.value?.seq).toBe(1);
    const listening = feed.reads;
    // Nothing new is written: only the interval makes the hub read again.
    expect(await eventually(() => feed.reads >= listening + 3)).toBe(true);

    await stream.return();
    await sleep(POLL_MS * 3);
    const closed = feed.reads;
    await sleep(POLL_MS * 10);
    expect(feed.reads).toBe(closed);
  });

  test('a stream from now starts where the feed ends when it opens, even after an idle spell', async () => {
    await sleep(POLL_MS * 3);
    // Written while nobody listened: the hub did not see these.
    feed.append(4);
    const stream = new ChangeStream(hub, null);
    const next = stream.next();
    await sleep(POLL_MS * 3);
    feed.append(1);
    expect((await next).value?.seq).toBe(8);
    await stream.return();
  });

  test('a stream with a cursor catches up on what was written while nobody listened', async () => {
    await sleep(POLL_MS * 3);
    feed.append(2);
    const stream = new ChangeStream(hub, 3);
    expect((await stream.next()).value?.seq).toBe(4);
    expect((await stream.next()).value?.seq).toBe(5);
    await stream.return();
  });
});
