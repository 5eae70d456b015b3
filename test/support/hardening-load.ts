import { firstCode, postQuery } from './hardening-http';

export interface LoadOutcome {
  status: number;
  code?: string;
  ms: number;
}

/**
 * `clients` callers sending `query` back to back until stopped, as a front
 * end would during an outage. Every answer is kept: the fault tests check
 * that each one came back (no hang) as data or as SERVICE_UNAVAILABLE.
 */
export function steadyLoad(
  origin: string,
  query: string,
  clients = 4,
): { answered(): readonly LoadOutcome[]; stop(): Promise<LoadOutcome[]> } {
  const outcomes: LoadOutcome[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const started = Date.now();
      try {
        const response = await postQuery(origin, query);
        outcomes.push({ status: response.status, code: firstCode(response), ms: response.ms });
      } catch (error) {
        // A request that never answered (aborted after 30 s) or a dropped socket.
        outcomes.push({ status: 0, code: (error as Error).name, ms: Date.now() - started });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return {
    /** The answers so far, for waiting until the load has seen something. */
    answered: () => outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Answers that are neither data nor a clean SERVICE_UNAVAILABLE, or came too late. */
export function badOutcomes(outcomes: LoadOutcome[], maxMs: number): LoadOutcome[] {
  return outcomes.filter(
    (outcome) =>
      !(
        (outcome.status === 200 && outcome.code === undefined) ||
        (outcome.status === 503 && outcome.code === 'SERVICE_UNAVAILABLE')
      ) || outcome.ms > maxMs,
  );
}

export async function waitFor(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 250,
): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await condition().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return undefined;
}
