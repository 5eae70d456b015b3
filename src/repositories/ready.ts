/**
 * A value now or later. What the prefetch has already read is answered now:
 * graphql-js completes a field whose resolver returns a plain value at
 * once, while every promise costs it a turn of the microtask queue and its
 * own bookkeeping, for each field of each node of a page.
 */
export type Ready<T> = T | Promise<T>;

export function isPromise<T>(value: Ready<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** `next` applied to the value: at once when it is here, when it comes otherwise. */
export function whenReady<T, U>(value: Ready<T>, next: (value: T) => U): Ready<U> {
  return isPromise(value) ? value.then(next) : next(value);
}
