import { LRUCache } from 'lru-cache';

/**
 * How many characters of keys a memo holds at most: 4 MiB of annotation
 * text is some hundred and fifty articles. What is remembered is several
 * times larger than its key, and a server holds four such memos; a corpus
 * larger than this is computed as before, at the cost of the look-up.
 */
const DEFAULT_MAX_CHARS = 4 * 1024 * 1024;

/**
 * Remembers what the pure function `compute` made of a text, keyed by the
 * text, for the texts used last (`maxChars` of keys in all).
 *
 * A change to the kept annotation corpus renders and parses every file of
 * it, and all but one of those files are the ones the change before it
 * rendered and parsed: with this the unchanged files cost a look-up.
 *
 * Callers share what is remembered, so it is deep-frozen: a caller that
 * changes a value it was given fails at once (modules run in strict mode)
 * instead of changing it for every later caller. A caller that needs to
 * edit a value copies it first.
 */
export function memoByText<T extends object>(
  compute: (text: string) => T,
  maxChars = DEFAULT_MAX_CHARS,
): (text: string) => T {
  const remembered = new LRUCache<string, T>({
    maxSize: maxChars,
    // A text larger than the whole memo is computed, not remembered.
    maxEntrySize: maxChars,
    sizeCalculation: (_value, text) => Math.max(1, text.length),
  });
  return (text) => {
    const known = remembered.get(text);
    if (known !== undefined) return known;
    const made = deepFreeze(compute(text));
    remembered.set(text, made);
    return made;
  };
}

/**
 * memoByText for a function of a name and a text, such as a file's path and
 * content, keyed by both (a name never holds a NUL character).
 */
export function memoByNameAndText<T extends object>(
  compute: (name: string, text: string) => T,
  maxChars = DEFAULT_MAX_CHARS,
): (name: string, text: string) => T {
  const remembered = memoByText((key) => {
    const cut = key.indexOf('\0');
    return compute(key.slice(0, cut), key.slice(cut + 1));
  }, maxChars);
  return (name, text) => remembered(`${name}\0${text}`);
}

/** Freezes plain objects and arrays all the way down (Sets and Maps stay as they are). */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
