// Demands and preconditions: a cue of the lexicon ("must", "only if",
// "until", "on condition that", ...) opens a clause; the statement it stands
// in gives the owner (the speaker's party), the clause gives the addressee
// (who must act) and the wording. "Only if Ukraine abandons A and hands over
// B" is two preconditions. A clause worded like a demand already in the graph
// (or drafted earlier in the article) repeats it instead of setting a new one.
import type { DemandAnnotation } from '../seed/annotation.schema';
import { clauseEnd, clauseStart, splitCoordination } from './clauses';
import { LEXICON, matchCues } from './cue-lexicon';
import { DemandLinker } from './demand-linker';
import { demandTopic } from './demand-topic';
import type { DraftContext, StatementDraft, Suggestion } from './draft-context';
import { actorOf, ownerFor, sideOf } from './draft-context';
import { ownerBeforeDemandNoun } from './owner-words';
import { slug } from './speaker-resolver';
import { quotedStatementAt, subjectAt, paraphraseFor } from './statement-for';

const NOUN_CUES = new Set(['<party> calls', "<party>'s plan"]);
const CONDITIONAL = new Set([
  'ready ... if',
  'on condition that',
  'only if',
  'only ... once/if',
  'only once',
  'as long as',
  'provided',
  'until',
  'if <party>',
  'as a precondition',
]);

export function findDemands(context: DraftContext): void {
  const { text } = context;
  for (const sentence of context.sentences) {
    if (sentence.start < context.bodyStart) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const hits = matchCues(LEXICON.demandCues, sentenceText).map((hit) => ({
      ...hit,
      start: hit.start + sentence.start,
      end: hit.end + sentence.start,
    }));
    let coveredTo = -1;
    for (const hit of hits) {
      if (hit.start < coveredTo) continue;
      // "Western calls to ...", "Zelensky's 10-point proposal": the noun's owner voices the demand.
      const nounOwner = NOUN_CUES.has(hit.cue)
        ? ownerBeforeDemandNoun(context, text.slice(sentence.start, hit.end))
        : null;
      const statement = nounOwner
        ? paraphraseFor(context, hit.start, nounOwner, [text.slice(hit.start, hit.end)], 0.4)
        : statementFor(context, hit.start);
      if (!statement) continue;
      const conditional = CONDITIONAL.has(hit.cue);
      const from = conditional
        ? hit.end
        : reportedClauseStart(text, clauseStart(text, hit.start, sentence.start), hit.start);
      const to = clauseEnd(text, hit.end, sentence.end);
      coveredTo = to;
      const parts = conditional ? splitCoordination(text, from, to) : [{ start: from, end: to }];
      const owner = ownerFor(context, statement.speaker);
      const addressee = addresseeOf(context, from, to, hit.start, owner);
      for (const part of parts) {
        const words = text.slice(part.start, part.end).trim();
        if (words.split(/\s+/).length < 2) continue;
        voice(
          context,
          statement,
          owner,
          addressee,
          words,
          hit.value,
          { confidence: conditional ? 0.6 : 0.45, cues: [hit.cue, `lexicon ${LEXICON.version}`] },
          sentence.index,
        );
      }
    }
  }
}

/** "Kallas said Moscow must ...": the demand's words start after the verb of saying or "that". */
function reportedClauseStart(text: string, from: number, cueAt: number): number {
  let start = from;
  for (const match of text
    .slice(from, cueAt)
    .matchAll(/\b(?:that|said|says|told\s+\w+|stated|added|insisted|warned|stressed)\b\s*/g)) {
    start = from + (match.index ?? 0) + match[0].length;
  }
  return start;
}

/** The statement a demand cue belongs to: its quote's, or the sentence's statement whose verb comes before it. */
function statementFor(context: DraftContext, offset: number): StatementDraft | null {
  const quoted = quotedStatementAt(context, offset);
  if (quoted) return quoted;
  const inSentence = context.statements.filter(
    (statement) => !statement.quote && statement.evidence.start <= offset && offset < statement.evidence.end,
  );
  const before = inSentence.filter((statement) => statement.anchor <= offset);
  if (before.length > 0) return before[before.length - 1];
  if (inSentence.length > 0) return inSentence[0];
  const subject = subjectAt(context, offset);
  return subject ? paraphraseFor(context, offset, subject.actorId, subject.cues, subject.confidence) : null;
}

/** Who must act: the actor the clause names that is not on the owner's side (the subject of "must" when it has one). */
function addresseeOf(context: DraftContext, from: number, to: number, cueAt: number, owner: string): string | null {
  const matches = context.actors
    .find(context.text.slice(from, to))
    .map((match) => ({ ...match, start: match.start + from }));
  const ownSide = sideOf(context, owner);
  const others = matches.filter((match) => sideOf(context, match.actor.id) !== ownSide);
  const subject = others.filter((match) => match.start < cueAt).pop();
  return (subject ?? others[0])?.actor.id ?? null;
}

/** Links the clause to a known or drafted demand (REPEATS), or drafts a new one (SETS). */
export function voice(
  context: DraftContext,
  statement: StatementDraft,
  owner: string,
  addressee: string | null,
  words: string,
  kind: DemandAnnotation['kind'],
  suggestion: Suggestion,
  sentenceIndex: number,
): string {
  const ownSide = sideOf(context, owner);
  const sameSide = (demand: DemandAnnotation) => sideOf(context, demand.owner) === ownSide;
  const hints = {
    topic: demandTopic(words),
    addresseeSide: addressee ? sideOf(context, addressee) : undefined,
    sideOf: (id: string) => sideOf(context, id),
  };
  const known = context.linker.best(words, sameSide, hints);
  const drafted = new DemandLinker(
    context.demands.map((entry) => entry.demand),
    context.actorNames,
  ).best(words, sameSide, hints);
  const link = known && (!drafted || known.score >= drafted.score) ? known : drafted;
  if (link) {
    addStance(statement, link.demand.id, 'REPEATS', {
      confidence: Math.min(0.8, 0.3 + link.score / 2),
      cues: [...suggestion.cues, `wording shared: ${link.shared.join(', ')}`],
    });
    return link.demand.id;
  }
  const id = freeDemandId(context, owner, words);
  const demand: DemandAnnotation = {
    id,
    summary: `${actorOf(context, owner)?.name ?? owner}: ${words.replace(/\s+/g, ' ')}`,
    kind,
    topic: demandTopic(words),
    owner,
    addressedTo: addressee ? [addressee] : [],
    territories: [...new Set(context.territories.find(words).map((match) => match.actor.id))],
    conflictsWith: [],
  };
  context.demands.push({ demand, suggestion, sentence: sentenceIndex });
  addStance(statement, id, 'SETS', suggestion);
  return id;
}

export function addStance(
  statement: StatementDraft,
  demandId: string,
  stance: StatementDraft['stances'][number]['stance'],
  suggestion: Suggestion,
): void {
  const existing = statement.stances.find((item) => item.demandId === demandId);
  if (existing) {
    // A rejection outranks a repetition found in the same words.
    if (stance === 'REJECTS' || (stance === 'SETS' && existing.stance === 'REPEATS'))
      Object.assign(existing, { stance, suggestion });
    return;
  }
  statement.stances.push({ demandId, stance, suggestion });
}

function freeDemandId(context: DraftContext, owner: string, words: string): string {
  const ownerSlug = slug(actorOf(context, owner)?.name ?? owner.replace(/^actor-/, ''))
    .split('-')
    .slice(-1)[0];
  const wordSlug =
    slug(words)
      .split('-')
      .filter((word) => word.length > 3)
      .slice(0, 4)
      .join('-') || 'demand';
  const base = `demand-${ownerSlug}-${wordSlug}`;
  const taken = (id: string) => context.graph.ids.has(id) || context.demands.some((entry) => entry.demand.id === id);
  let id = base;
  for (let suffix = 2; taken(id); suffix++) id = `${base}-${suffix}`;
  return id;
}
