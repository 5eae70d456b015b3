// A typo in an id ("actor-dmitri-peskov") is the most likely cause of an
// unknown reference, so name the closest declared id of the expected kind.

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate within a small edit distance, or null. */
export function suggestId(wanted: string, candidates: Iterable<string>): string | null {
  const limit = Math.max(2, Math.floor(wanted.length / 5));
  let best: { id: string; distance: number } | null = null;
  for (const id of candidates) {
    const distance = editDistance(wanted, id);
    if (distance <= limit && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id ?? null;
}
