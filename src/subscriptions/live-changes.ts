import { ChangeHub } from '../changes/change-hub';
import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import { EventFacts } from './event-facts';
import type { LiveChanges } from './subscription-context';

/** How often each process looks for writes made through other processes (its own it sees at once). */
export const DEFAULT_CHANGE_POLL_MS = 250;

/** This process's reader of the change feed and what its subscriptions share, started. */
export function startLiveChanges(executor: Executor, logger: Logger, pollMs = pollInterval()): LiveChanges {
  // Polls are small reads that must not wait behind a slow request's timeout.
  const reader = executor.withTimeout(5_000);
  const hub = new ChangeHub(reader, logger, { pollMs, keep: 10_000 });
  hub.start();
  return { hub, facts: new EventFacts(reader) };
}

/** PEACEGRAPH_CHANGE_POLL_MS, 10 to 60000; default 250. */
function pollInterval(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PEACEGRAPH_CHANGE_POLL_MS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_CHANGE_POLL_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 10 || value > 60_000) {
    throw new Error(
      `Invalid configuration: PEACEGRAPH_CHANGE_POLL_MS must be an integer from 10 to 60000, got "${raw}"`,
    );
  }
  return value;
}
