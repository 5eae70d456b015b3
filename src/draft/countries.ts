// Which country a phrase points to ("Italy's foreign minister", "the German
// chancellor"), from a small lexicon of names and demonyms.
import lexicon from './lexicon/countries.json';

const ENTRIES: { pattern: RegExp; code: string }[] = Object.entries(lexicon.countries).flatMap(([code, names]) =>
  names.map((name) => ({ pattern: new RegExp(`(?<![\\p{L}])${name.replace(/\./g, '\\.')}(?![\\p{L}])`, 'u'), code })),
);
const STATES = new Set(lexicon.states);

/** The first country the phrase names, as an ISO 3166-1 alpha-2 code. */
export function countryIn(phrase: string): string | null {
  let best: { at: number; code: string } | null = null;
  for (const { pattern, code } of ENTRIES) {
    const match = pattern.exec(phrase);
    if (match && (best === null || match.index < best.at)) best = { at: match.index, code };
  }
  return best?.code ?? null;
}

/** Whether a name is a state's own name (France, not French). */
export function isStateName(name: string): boolean {
  return STATES.has(name);
}
