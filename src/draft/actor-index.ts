// Known actors by name and alias, matched in a text the way search folds them
// (fold.ts). Built once per known graph. Short all-capital aliases (US, EU)
// match only in capitals, so "us" the pronoun is never the United States; a
// capitalised alias needs a capital in the text, so "west" is not the West.
import type { ActorAnnotation } from '../seed/annotation.schema';
import { fold } from './fold';

/** Anything with a name and aliases: actors, and territories too (territoryIndex). */
export interface Named {
  id: string;
  name: string;
  aliases: string[];
}

export interface AliasMatch<T extends Named = ActorAnnotation> {
  start: number;
  end: number;
  actor: T;
}

interface AliasPattern<T extends Named> {
  folded: string;
  caseSensitive: boolean;
  original: string;
  actor: T;
}

export class ActorIndex<T extends Named = ActorAnnotation> {
  private readonly patterns: AliasPattern<T>[];
  readonly byId: Map<string, T>;

  constructor(readonly actors: readonly T[]) {
    this.byId = new Map(actors.map((actor) => [actor.id, actor]));
    const seen = new Set<string>();
    const patterns: AliasPattern<T>[] = [];
    for (const actor of actors) {
      for (const alias of [actor.name, ...actor.aliases]) {
        const key = `${actor.id}\u0000${alias}`;
        if (seen.has(key) || alias.trim().length < 2) continue;
        seen.add(key);
        const caseSensitive = alias.length <= 4 && alias === alias.toUpperCase();
        patterns.push({
          folded: fold(alias.replace(/^the\s+/i, '')),
          caseSensitive,
          original: alias.replace(/^the\s+/i, ''),
          actor,
        });
      }
    }
    // Longest first: "Kremlin spokesman" wins over "Kremlin".
    this.patterns = patterns.sort((a, b) => b.folded.length - a.folded.length);
  }

  /** Non-overlapping alias matches in `text`, longest first, in text order. */
  find(text: string): AliasMatch<T>[] {
    const folded = fold(text);
    const taken = new Uint8Array(text.length);
    const matches: AliasMatch<T>[] = [];
    for (const pattern of this.patterns) {
      const haystack = pattern.caseSensitive ? text : folded;
      const needle = pattern.caseSensitive ? pattern.original : pattern.folded;
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (!isWordBoundary(text, at - 1) || !isWordBoundary(text, end)) continue;
        if (/^\p{Lu}/u.test(pattern.original) && !/^\p{Lu}/u.test(text[at])) continue;
        if (taken.subarray(at, end).some((flag) => flag === 1)) continue;
        taken.fill(1, at, end);
        matches.push({ start: at, end, actor: pattern.actor });
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  }

  /** The actor a whole phrase names, if any (folded exact match of a name or alias). */
  lookup(phrase: string): T | undefined {
    const folded = fold(phrase.replace(/^the\s+/i, '').trim());
    return this.patterns.find((pattern) => pattern.folded === folded)?.actor;
  }
}

function isWordBoundary(text: string, at: number): boolean {
  const char = text[at];
  return char === undefined || !/[\p{L}\p{N}]/u.test(char);
}
