// A write in this process tells the pollers of this process which seq it
// appended, so they look for it at once instead of at their next interval.
// The append runs inside the transaction, before its commit: a poller that
// is told keeps looking, briefly, until the record is visible (change-hub.ts).
type Listener = (seq: number) => void;

const listeners = new Set<Listener>();

export function onLocalAppend(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceLocalAppend(seq: number): void {
  for (const listener of listeners) listener(seq);
}
