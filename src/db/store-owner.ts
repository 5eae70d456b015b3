import fs from 'node:fs';
import path from 'node:path';
import { isOurLauncher } from './stale-launcher';

/**
 * Who runs the embedded Neo4j of a store right now, written next to the
 * store once its database is ready and removed when it stops cleanly. A
 * second process (the command line beside a running server) reads it to
 * work through that database instead of stopping it.
 */
export interface StoreOwner {
  /** The Node process that started the launcher and supervises it. */
  ownerPid: number;
  launcherPid: number;
  uri: string;
  /** False while the launcher is starting: its Bolt port is not open yet. */
  ready: boolean;
  startedAt: string;
}

const ownerFileName = 'bolt.json';

export function ownerFile(home: string): string {
  return path.join(home, ownerFileName);
}

export function writeStoreOwner(home: string, owner: StoreOwner): void {
  // Written whole to a temporary name, then renamed: a reader never sees half a file.
  const file = ownerFile(home);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(owner, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

export function removeStoreOwner(home: string): void {
  fs.rmSync(ownerFile(home), { force: true });
}

export function readStoreOwner(home: string): StoreOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(ownerFile(home), 'utf8')) as Partial<StoreOwner>;
    if (Number.isInteger(owner.ownerPid) && Number.isInteger(owner.launcherPid) && typeof owner.uri === 'string') {
      return owner as StoreOwner;
    }
  } catch {
    // Absent or unreadable: nobody has announced the store.
  }
  return undefined;
}

/**
 * The store's owner when it is another process that is still alive, whether
 * its database is up (`launcherAlive`) or being restarted by it. A file left
 * by a process that is gone (killed outright) names no owner.
 */
export function liveForeignOwner(home: string): (StoreOwner & { launcherAlive: boolean }) | undefined {
  const owner = readStoreOwner(home);
  if (!owner || owner.ownerPid === process.pid || !isNodeProcess(owner.ownerPid)) return undefined;
  return { ...owner, launcherAlive: isOurLauncher(owner.launcherPid) };
}

/** A live Node process: a pid recycled by another program does not count as the owner. */
function isNodeProcess(pid: number): boolean {
  try {
    return /node/i.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

/** Thrown instead of stopping a database another live process works with. */
export class StoreInUseError extends Error {
  constructor(home: string, owner: StoreOwner & { launcherAlive: boolean }) {
    super(
      owner.launcherAlive && owner.ready
        ? `The embedded Neo4j store ${home} is in use by process ${owner.ownerPid} (its database is at ${owner.uri}). ` +
            `Stop that process first, or work through its database with NEO4J_URI=${owner.uri}`
        : `The embedded Neo4j store ${home} belongs to process ${owner.ownerPid}, which is starting its database; ` +
            'try again in a few seconds, or stop that process first',
    );
    this.name = 'StoreInUseError';
  }
}
