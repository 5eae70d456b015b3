// The queue only spares corpus changes needless retries: what keeps them
// apart for certain is the corpus lock and the edition check inside their
// transaction (annotation-corpus-lock.cypher), which also hold between
// processes. So a change that never settles (its connection lost mid-way)
// may hold the next one back for a while, never for good.

/** How long a change waits for the one before it at most. */
export const CHANGE_QUEUE_WAIT_MS = 60_000;

/** Runs each work after the one before it has settled, or after `waitMs` of waiting, whichever comes first. */
export function changeQueue(waitMs = CHANGE_QUEUE_WAIT_MS): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = settledOrAfter(queue, waitMs).then(work);
    queue = run.catch(() => undefined);
    return run;
  };
}

/** Resolves when `previous` settles or after `ms`; the timer does not keep the process alive. */
function settledOrAfter(previous: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    previous.then(done, done);
  });
}
