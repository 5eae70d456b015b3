import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { liveForeignOwner, readStoreOwner, writeStoreOwner } from '../../src/db/store-owner';

// Who may be treated as the owner of an embedded store: only a live process
// other than this one; a file left by a process that is gone names nobody.
describe('store owner file', () => {
  let home: string;
  beforeEach(() => (home = fs.mkdtempSync(path.join(os.tmpdir(), 'store-owner-'))));
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  const owner = (ownerPid: number) => ({
    ownerPid,
    launcherPid: 999_999,
    uri: 'bolt://127.0.0.1:7687',
    ready: true,
    startedAt: new Date().toISOString(),
  });

  it('reads back what was written, and nothing from a missing or broken file', () => {
    expect(readStoreOwner(home)).toBeUndefined();
    const written = owner(123);
    writeStoreOwner(home, written);
    expect(readStoreOwner(home)).toEqual(written);
    fs.writeFileSync(path.join(home, 'bolt.json'), '{ not json');
    expect(readStoreOwner(home)).toBeUndefined();
  });

  it('names a live Node process other than this one as the owner', () => {
    const parent = process.ppid;
    writeStoreOwner(home, owner(parent));
    const found = fs.readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes('node') ? parent : undefined;
    expect(liveForeignOwner(home)?.ownerPid).toBe(found);
  });

  it('does not name this process, nor a process that has exited', () => {
    writeStoreOwner(home, owner(process.pid));
    expect(liveForeignOwner(home)).toBeUndefined();
    const exited = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    writeStoreOwner(home, owner(exited));
    expect(liveForeignOwner(home)).toBeUndefined();
  });
});
