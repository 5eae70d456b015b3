// Owners named by the words before a demand noun: a possessive ("Kiev's
// demands", "Zelensky's 10-point proposal") or an adjective ("western terms",
// "European proposal").
import { countryIn } from './countries';
import type { DraftContext } from './draft-context';

const DEMAND_NOUNS = 'demands?|terms|conditions?|proposals?|plans?|desire|calls?|offers?|bid|formula|initiative';
const POSSESSIVE = new RegExp(
  `((?:[A-Z][\\w-]+\\s)*[A-Z][\\w-]+)['’]s?\\s+(?:[\\w-]+\\s+){0,2}(?:${DEMAND_NOUNS})\\b`,
  'g',
);
const ADJECTIVE = new RegExp(
  `\\b([A-Z][a-z]+|western|european|russian|ukrainian|american)\\s+(?:${DEMAND_NOUNS})\\b`,
  'g',
);

/** The actor an adjective stands for: Western, the West; European, the European Union; Russian, Russia. */
export function actorForAdjective(context: DraftContext, adjective: string): string | null {
  const capitalised = adjective[0].toUpperCase() + adjective.slice(1).toLowerCase();
  const direct = context.actors.lookup(capitalised) ?? context.actors.lookup(capitalised.replace(/ern$/, ''));
  if (direct) return direct.id;
  // "European proposal": the adjective opens the name of an actor (European Union).
  const opened = context.graph.actors.find((actor) =>
    [actor.name, ...actor.aliases].some((name) => name.split(/\s+/).length > 1 && name.split(/\s+/)[0] === capitalised),
  );
  if (opened) return opened.id;
  const country = countryIn(capitalised);
  return country
    ? (context.graph.actors.find((actor) => actor.kind === 'STATE' && actor.country === country)?.id ?? null)
    : null;
}

/** The last owner the words name before a demand noun, or null. */
export function ownerBeforeDemandNoun(context: DraftContext, words: string): string | null {
  let owner: string | null = null;
  let at = -1;
  for (const match of words.matchAll(POSSESSIVE)) {
    const id = context.actors.lookup(match[1])?.id ?? null;
    if (id && (match.index ?? 0) > at) [owner, at] = [id, match.index ?? 0];
  }
  for (const match of words.matchAll(ADJECTIVE)) {
    const id = actorForAdjective(context, match[1]);
    if (id && (match.index ?? 0) > at) [owner, at] = [id, match.index ?? 0];
  }
  return owner;
}
