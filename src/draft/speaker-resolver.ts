// Turns a mention into an actor: a known actor by alias, a pronoun or a role
// ("the spokesman") to the person the text last named, or a new actor
// proposed from a name ("Olaf Scholz", later "Scholz") with a kind and a
// country guessed from the words around it.
import type { ActorAnnotation } from '../seed/annotation.schema';
import type { ActorIndex } from './actor-index';
import { countryIn, isStateName } from './countries';
import { fold } from './fold';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';
import { sentenceAt } from './sentences';

export interface ResolvedSpeaker {
  /** Known actor id, or the id proposed for a new actor. */
  actorId: string;
  isNew: boolean;
  confidence: number;
  cues: string[];
}

const ORGANISATION_WORDS =
  /\b(?:ministry|council|agency|government|party|union|office|committee|commission|parliament|army|forces|service|bank|fund)\b/i;
const MEDIA_WORDS = /\b(?:tv|radio|news|times|post|agency|channel|newspaper|press|tass|interfax|reuters|ria)\b/i;

export class SpeakerResolver {
  readonly proposed = new Map<string, ActorAnnotation>();
  /** A proposed actor's party, when its apposition names a known one ("Kaja Kallas, the EU's foreign policy chief"). */
  readonly affiliations = new Map<string, string>();
  private readonly surnames = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly actors: ActorIndex,
    private readonly mentions: readonly Mention[],
    private readonly sentences: readonly Sentence[],
    private readonly takenIds: ReadonlySet<string>,
  ) {}

  /** `lastSpeaker`: the speaker of the nearest statement before, for "he added". */
  resolve(mention: Mention, lastSpeaker: string | null): ResolvedSpeaker | null {
    if (mention.kind === 'known' && mention.actorId)
      return { actorId: mention.actorId, isNew: false, confidence: 0.9, cues: [mention.text] };
    if (mention.kind === 'pronoun') return this.resolvePronoun(mention, lastSpeaker);
    if (mention.kind === 'role') {
      const known = this.actors.lookup(mention.text);
      if (known) return { actorId: known.id, isNew: false, confidence: 0.85, cues: [mention.text] };
      if (/['’]s\b/.test(mention.text) || countryIn(mention.text))
        return this.propose(mention.text.replace(/^(?:the|a|an)\s+/i, ''), mention, 'PERSON');
      const person = this.lastPersonBefore(mention.start) ?? lastSpeaker;
      return person
        ? {
            actorId: person,
            isNew: false,
            confidence: 0.6,
            cues: [mention.text, 'the role names the person last named'],
          }
        : null;
    }
    const known = this.actors.lookup(mention.text);
    if (known) return { actorId: known.id, isNew: false, confidence: 0.85, cues: [mention.text] };
    return this.propose(mention.text, mention, null);
  }

  private resolvePronoun(mention: Mention, lastSpeaker: string | null): ResolvedSpeaker | null {
    const sentence = sentenceAt(this.sentences, mention.start);
    const inSentence = this.lastPersonBefore(mention.start, sentence.start);
    if (inSentence)
      return {
        actorId: inSentence,
        isNew: false,
        confidence: 0.75,
        cues: [mention.text, 'the person named earlier in the sentence'],
      };
    if (lastSpeaker)
      return { actorId: lastSpeaker, isNew: false, confidence: 0.75, cues: [mention.text, 'the last named speaker'] };
    const person = this.lastPersonBefore(mention.start);
    return person
      ? { actorId: person, isNew: false, confidence: 0.5, cues: [mention.text, 'the person last named'] }
      : null;
  }

  /** The person the text last named before `offset` (and after `from`), as an actor id. */
  private lastPersonBefore(offset: number, from = 0): string | null {
    for (let index = this.mentions.length - 1; index >= 0; index--) {
      const mention = this.mentions[index];
      if (mention.end > offset) continue;
      if (mention.start < from) break;
      if (mention.afterPreposition) continue;
      if (mention.kind === 'known' && mention.actorId && this.actors.byId.get(mention.actorId)?.kind === 'PERSON')
        return mention.actorId;
      if (mention.kind === 'name' && this.looksLikePerson(mention.text))
        return this.propose(mention.text, mention, 'PERSON').actorId;
    }
    return null;
  }

  private looksLikePerson(name: string): boolean {
    return !ORGANISATION_WORDS.test(name) && !MEDIA_WORDS.test(name) && !isStateName(name) && !this.actors.lookup(name);
  }

  private propose(name: string, mention: Mention, kindHint: ActorAnnotation['kind'] | null): ResolvedSpeaker {
    const words = name.split(/\s+/);
    const surnameOwner = words.length === 1 ? this.surnames.get(fold(name)) : undefined;
    if (surnameOwner)
      return {
        actorId: surnameOwner,
        isNew: true,
        confidence: 0.7,
        cues: [name, 'the surname of a person named before'],
      };
    const key = fold(name);
    const existing = [...this.proposed.values()].find((actor) => fold(actor.name) === key);
    if (existing) return { actorId: existing.id, isNew: true, confidence: 0.7, cues: [name] };
    const kind = kindHint ?? guessKind(name);
    const id = this.freeId(`actor-${slug(name)}`);
    const apposition = this.text.slice(mention.end, Math.min(this.text.length, mention.end + 60)).split(/[.;]/)[0];
    const before = this.text.slice(Math.max(0, mention.start - 40), mention.start);
    // An apposition follows the name after a comma ("Antonio Tajani, Italy's foreign minister"); anything else is the sentence going on.
    const appositionWords = /^\s*,/.test(apposition) ? apposition.split(/,/).slice(0, 2).join(',') : '';
    const beforeWords = before.split(/[,.;\n]/).pop() ?? '';
    const party =
      kind === 'PERSON' ? (this.actors.find(appositionWords)[0] ?? this.actors.find(beforeWords).pop()) : undefined;
    if (party) this.affiliations.set(id, party.actor.id);
    const country =
      countryIn(name) ?? countryIn(appositionWords) ?? countryIn(beforeWords) ?? party?.actor.country ?? null;
    this.proposed.set(id, {
      id,
      name,
      kind,
      aliases: words.length > 1 ? [name, words[words.length - 1]] : [name],
      description: null,
      country,
    });
    if (words.length > 1 && kind === 'PERSON') this.surnames.set(fold(words[words.length - 1]), id);
    return { actorId: id, isNew: true, confidence: 0.6, cues: [name, `new ${kind.toLowerCase()}`] };
  }

  private freeId(base: string): string {
    let id = base;
    for (let suffix = 2; this.takenIds.has(id) || this.proposed.has(id); suffix++) id = `${base}-${suffix}`;
    return id;
  }
}

function guessKind(name: string): ActorAnnotation['kind'] {
  if (isStateName(name)) return 'STATE';
  if (MEDIA_WORDS.test(name)) return 'MEDIA';
  if (ORGANISATION_WORDS.test(name)) return 'ORGANISATION';
  return 'PERSON';
}

export function slug(text: string): string {
  return (
    fold(text)
      .replace(/'s\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}
