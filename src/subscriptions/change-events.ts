import { decodeChangeCursor } from '../changes/change-cursor';
import type { FeedChange } from '../changes/change-record';
import { ChangeStream } from '../changes/change-stream';
import type { SubscriptionContext } from './subscription-context';

/**
 * The feed from `after` (a cursor; absent: from now on), each record turned
 * into an event by `toEvent` or dropped when it returns null. Closing the
 * result closes the feed at once, even while it waits for the next record.
 */
export function changeEvents<T>(
  context: SubscriptionContext,
  after: string | null | undefined,
  toEvent: (change: FeedChange) => Promise<T | null> | T | null,
): AsyncIterableIterator<T> {
  const stream = new ChangeStream(context.changes, after != null ? decodeChangeCursor(after) : null);
  const events: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const step = await stream.next();
        if (step.done) return { value: undefined, done: true };
        const event = await toEvent(step.value);
        if (event !== null) return { value: event, done: false };
      }
    },
    async return() {
      await stream.return();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return events;
    },
  };
  return events;
}
