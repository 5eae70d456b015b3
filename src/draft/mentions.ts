// Who the text names, outside its quotes: known actors (by alias), pronouns,
// roles ("the spokesman", "the German chancellor's spokesman") and names not
// in the graph yet (runs of proper nouns). Each mention says whether it can be
// the subject of a verb: a possessive ("Putin's") or the object of a
// preposition ("talks with Kiev") cannot.
import type { ActorIndex } from './actor-index';
import { countryIn } from './countries';
import { LEXICON } from './cue-lexicon';
import type { Token } from './nlp';
import type { FoundQuote } from './quotes';

export type MentionKind = 'known' | 'pronoun' | 'role' | 'name';

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** For known mentions, the actor's id. */
  actorId?: string;
  possessive: boolean;
  afterPreposition: boolean;
  /** Index of the first and last token. */
  firstToken: number;
  lastToken: number;
}

const TITLES = new Set([
  'president',
  'prime',
  'minister',
  'chancellor',
  'foreign',
  'defence',
  'defense',
  'secretary',
  'spokesman',
  'spokeswoman',
  'mr',
  'mrs',
  'ms',
  'dr',
  'archbishop',
  'general',
  'pope',
  'king',
  'queen',
  'senator',
  'ambassador',
  'state',
  'us',
  'vice',
]);
const CALENDAR = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'source',
  'meanwhile',
  'however',
]);

export function findMentions(
  text: string,
  tokens: readonly Token[],
  quotes: readonly FoundQuote[],
  actors: ActorIndex,
): Mention[] {
  const inQuote = (offset: number) => quotes.some((quote) => offset >= quote.open && offset < quote.close);
  const tokenAt = indexTokens(tokens);
  const mentions: Mention[] = [];
  const covered = new Uint8Array(text.length);
  const add = (start: number, end: number, kind: MentionKind, actorId?: string) => {
    if (inQuote(start)) return;
    const first = tokenAt(start);
    const last = tokenAt(end - 1);
    if (first === -1 || last === -1) return;
    const next = tokens[last + 1];
    // "with the US": the preposition may stand before a determiner.
    const before = tokens[first - 1];
    const previous = before !== undefined && before.pos === 'DET' ? tokens[first - 2] : before;
    const possessive = next !== undefined && next.start === end && /^['’]s?$/.test(next.text);
    const afterPreposition = previous !== undefined && previous.pos === 'ADP' && !/^(?:like|as)$/i.test(previous.text);
    covered.fill(1, start, end);
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      kind,
      actorId,
      possessive,
      afterPreposition,
      firstToken: first,
      lastToken: last,
    });
  };

  for (const match of actors.find(text)) add(match.start, match.end, 'known', match.actor.id);

  // Right to left, so "the German chancellor's spokesman" is one role, not "the German chancellor" and a stray noun.
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index];
    if (covered[token.start]) continue;
    if (LEXICON.pronouns.has(token.normal)) add(token.start, token.end, 'pronoun');
    else if (LEXICON.roleNouns.includes(token.normal) && token.pos === 'NOUN') {
      const start = roleStart(tokens, index);
      if (start !== -1 && !covered[tokens[start].start]) add(tokens[start].start, token.end, 'role');
    }
  }

  for (let index = 0; index < tokens.length; index++) {
    if (!isNameToken(tokens[index]) || covered[tokens[index].start]) continue;
    let last = index;
    while (
      last + 1 < tokens.length &&
      isNameToken(tokens[last + 1]) &&
      !covered[tokens[last + 1].start] &&
      tokens[last + 1].start - tokens[last].end <= 1
    ) {
      last++;
    }
    let first = index;
    // Titles and nationalities before a name are no part of it: "Ukrainian Foreign Minister Dmytro Kuleba".
    while (first <= last && TITLES.has(tokens[first].normal)) first++;
    while (first < last && isDemonym(tokens[first].text)) first++;
    while (first < last && TITLES.has(tokens[first].normal)) first++;
    if (first <= last) add(tokens[first].start, tokens[last].end, 'name');
    index = last;
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function isDemonym(word: string): boolean {
  return /(?:an|ese|ish|i)$/.test(word) && countryIn(word) !== null;
}

function isNameToken(token: Token): boolean {
  return token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text) && !CALENDAR.has(token.normal);
}

/** "the [German chancellor's] spokesman": where the role's phrase starts, or -1 when no determiner opens it. */
function roleStart(tokens: readonly Token[], roleIndex: number): number {
  for (let back = roleIndex - 1; back >= Math.max(0, roleIndex - 5); back--) {
    const token = tokens[back];
    if (/^(?:the|a|an|his|her|their)$/i.test(token.text)) return back;
    if (!/^(?:ADJ|PROPN|NOUN|PART)$/.test(token.pos) && !/^['’]s?$/.test(token.text)) return -1;
  }
  return -1;
}

/** A lookup from a character offset to the index of the token covering it (-1 if none). */
function indexTokens(tokens: readonly Token[]): (offset: number) => number {
  return (offset) => {
    let low = 0;
    let high = tokens.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (tokens[middle].end <= offset) low = middle + 1;
      else if (tokens[middle].start > offset) high = middle - 1;
      else return middle;
    }
    return -1;
  };
}
