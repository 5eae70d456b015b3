// Stances on demands. A rejection cue ("rejected", "dismissed", "ruled out",
// "refusal", "clearly not", "described by X as detached from reality") has a
// rejecter (the subject, the "by X" of a passive, the speaker of the quote it
// stands in, or the adjective of "western refusal") and an object: "these
// demands" points back to the demands voiced just before; other wording links
// to a demand of the other side when it matches one; else, when the object is
// a demand-like noun ("terms", "demands", "desire", "talks"), a demand of the
// party the object names (or the rejecter's counterpart) is drafted, with a
// statement of that party voicing it. Acceptances count only when they link.
import { clauseEnd, clauseStart, splitCoordination } from './clauses';
import { LEXICON, matchCues } from './cue-lexicon';
import { DemandLinker } from './demand-linker';
import type { DraftContext, StatementDraft, Suggestion } from './draft-context';
import { counterpartOf, findDemand, ownerFor, sideOf } from './draft-context';
import { addStance, voice } from './demand-finder';
import { actorForAdjective } from './owner-words';
import { demandTopic } from './demand-topic';
import { paraphraseFor, quotedStatementAt, subjectAt } from './statement-for';

const ANAPHORA =
  /^\s*(?:any\s+)?(?:these|those|such|the|its|his|their|her|this|that|either|both|neither|each)\s+(?:of\s+(?:the|these|those|its|their)\s+)?(?:demands?|terms|conditions?|preconditions?|proposals?|ideas?|concessions?|plans?|steps?)\b|^\s*(?:any\s+such|them|it)\b/i;
const RECENT_SENTENCES = 2;
const NAMED_AFTER = /^\s*(?:any\s+)?(?:the|its|his|their|her|this|that)\s+\w+\s+(?:of|to|that|for|on)\b/i;
const PRONOUN_JUDGEMENT =
  /^\W*(?:it|this|that|they|these|those)\s+(?:is|are|was|were|remains?|would be)\s+(?:\w+\s+)?$/i;

export function findStances(context: DraftContext): void {
  const { text } = context;
  for (const sentence of context.sentences) {
    if (sentence.start < context.bodyStart) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const hits = matchCues(LEXICON.stanceCues, sentenceText)
      .filter((hit) => hit.value === 'REJECTS' || hit.value === 'ACCEPTS')
      .map((hit) => ({ ...hit, start: hit.start + sentence.start, end: hit.end + sentence.start }));
    for (const hit of hits) {
      const suggestion: Suggestion = {
        confidence: 0.55,
        cues: [text.slice(hit.start, hit.end), `lexicon ${LEXICON.version}`],
      };
      const found = rejecterAndObject(context, hit.start, hit.end, sentence.start, sentence.end);
      if (!found) continue;
      const { statement, objectStart, objectEnd } = found;
      const rejecterSide = sideOf(context, statement.speaker);
      const otherSide = (owner: string) => sideOf(context, owner) !== rejecterSide;
      const objectText = text.slice(objectStart, objectEnd);
      const listAt = /\b(?:which\s+)?includ\w*\s+/i.exec(objectText);
      // "X's demands, which include A, B and C": each listed item is a demand of X.
      const parts = listAt
        ? splitCoordination(text, objectStart + (listAt.index ?? 0) + listAt[0].length, objectEnd)
        : [{ start: objectStart, end: objectEnd }];
      for (const part of parts) {
        // An object that names its owner ("western terms", "Kiev's demands") links only to that owner's demands.
        const ownerWords = `${listAt ? text.slice(objectStart, objectStart + (listAt.index ?? 0)) : ''} ${text.slice(part.start, part.end)}`;
        const namedOwner = ownerNamedIn(context, ownerWords, rejecterSide);
        const ofOwner = namedOwner
          ? (owner: string) => sideOf(context, owner) === sideOf(context, namedOwner)
          : otherSide;
        const targets = targetDemands(
          context,
          text.slice(part.start, part.end),
          part.start,
          sentence.index,
          ofOwner,
          rejecterSide,
        );
        if (hit.value === 'ACCEPTS') {
          for (const demandId of targets.linked) addStance(statement, demandId, 'ACCEPTS', suggestion);
          continue;
        }
        // "It is unacceptable": the pronoun stands for the demand the other side voiced last.
        const lead = text.slice(Math.max(sentence.start, statement.quote?.start ?? sentence.start), hit.start);
        if (targets.linked.length === 0 && PRONOUN_JUDGEMENT.test(lead)) {
          const latest = latestDemandOfOtherSide(context, hit.start, sentence.index, otherSide);
          if (latest) targets.linked.push(latest);
        }
        const owned = listAt ? text.slice(objectStart, objectStart + (listAt.index ?? 0)) : '';
        const linked =
          targets.linked.length > 0
            ? targets.linked
            : draftRejectedDemand(context, statement, part.start, part.end, owned, hit.start, sentence.index);
        for (const demandId of linked) addStance(statement, demandId, 'REJECTS', suggestion);
      }
    }
  }
}

/** Who rejects, and the words of what is rejected. */
function rejecterAndObject(
  context: DraftContext,
  cueStart: number,
  cueEnd: number,
  sentenceStart: number,
  sentenceEnd: number,
): { statement: StatementDraft; objectStart: number; objectEnd: number } | null {
  const { text } = context;
  const quoted = quotedStatementAt(context, cueStart);
  const end = Math.min(clauseEnd(text, cueEnd, sentenceEnd), firstComma(text, cueEnd, sentenceEnd));
  if (quoted) {
    // "… Kyiv completely rejects …" inside a quote: the speaker reports someone else's rejection; left to the reviewer.
    const lead = text.slice(Math.max(quoted.quote!.start, clauseStart(text, cueStart, sentenceStart)), cueStart);
    if (context.actors.find(lead).some((match) => match.actor.id !== quoted.speaker)) return null;
    return { statement: quoted, objectStart: cueEnd, objectEnd: end };
  }

  const start = clauseStart(text, cueStart, sentenceStart);
  // Passive: "X's demands ... have been described by senior officials as detached from reality".
  const passive = /\b(?:ha(?:s|ve)|had|was|were|been)\s+(?:been\s+)?\w+\s+by\s+([^,]+?)\s+as\s*$/i.exec(
    text.slice(start, cueStart),
  );
  if (passive) {
    const byAt = start + (passive.index ?? 0) + passive[0].indexOf(passive[1]);
    const agent = context.actors.find(text.slice(byAt, byAt + passive[1].length))[0];
    if (!agent) return null;
    const statement = paraphraseFor(context, cueStart, agent.actor.id, [passive[1]], 0.6);
    return { statement, objectStart: start, objectEnd: start + (passive.index ?? 0) };
  }
  // "western refusal to ...": the adjective names the rejecter.
  const adjective = /(\b[A-Za-z]+)\s+$/.exec(text.slice(Math.max(start, cueStart - 30), cueStart));
  const nounCue = /^(?:refusal|rejection|opposition|dismissal)/i.test(text.slice(cueStart, cueEnd));
  if (nounCue && adjective) {
    const actor = actorForAdjective(context, adjective[1]);
    if (actor) {
      const statement = paraphraseFor(context, cueStart, actor, [adjective[1]], 0.5);
      return { statement, objectStart: cueEnd, objectEnd: end };
    }
  }
  // "Kyiv called the demand ... unacceptable": a cue closing its clause judges what stands before it,
  // and the clause's first subject is the one judging.
  if (text.slice(cueEnd, end).trim().split(/\s+/).filter(Boolean).length < 2) {
    const judge = context.mentions.find(
      (mention) =>
        mention.start >= start && mention.end <= cueStart && !mention.possessive && !mention.afterPreposition,
    );
    const resolved = judge ? context.resolver.resolve(judge, null) : null;
    if (judge && resolved && text.slice(judge.end, cueStart).trim().split(/\s+/).length >= 3) {
      const statement = paraphraseFor(context, cueStart, resolved.actorId, resolved.cues, resolved.confidence);
      return { statement, objectStart: judge.end, objectEnd: cueStart };
    }
  }
  const subject = subjectAt(context, cueStart);
  if (!subject) {
    const inSentence = context.statements.find(
      (statement) => statement.evidence.start <= cueStart && cueStart < statement.evidence.end,
    );
    return inSentence ? { statement: inSentence, objectStart: cueEnd, objectEnd: end } : null;
  }
  const statement = paraphraseFor(context, cueStart, subject.actorId, subject.cues, subject.confidence);
  return { statement, objectStart: cueEnd, objectEnd: end };
}

function firstComma(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  // A list after "include" or "including" runs on past its commas.
  if (/\binclud/i.test(rest.slice(0, 40))) return limit;
  const at = rest.indexOf(',');
  return at === -1 ? limit : from + at;
}

/** Demands the object points to: back-references, or wording shared with a demand of the other side. */
function targetDemands(
  context: DraftContext,
  objectText: string,
  objectStart: number,
  sentenceIndex: number,
  otherSide: (owner: string) => boolean,
  rejecterSide: string,
): { linked: string[] } {
  // "the idea of neutrality" names its demand; "the idea" alone points back.
  if (ANAPHORA.test(objectText) && !NAMED_AFTER.test(objectText)) {
    const recent = context.statements
      .filter(
        (statement) =>
          statement.anchor < objectStart &&
          statement.evidence.end > (context.sentences[Math.max(0, sentenceIndex - RECENT_SENTENCES)]?.start ?? 0),
      )
      .flatMap((statement) =>
        statement.stances
          .filter((stance) => stance.stance === 'SETS' || stance.stance === 'REPEATS')
          .map((stance) => stance.demandId),
      )
      .filter((id) => {
        const demand = findDemand(context, id);
        return demand !== undefined && otherSide(demand.owner);
      });
    if (recent.length > 0) return { linked: [...new Set(recent)] };
  }
  if (objectText.trim().split(/\s+/).length < 2) {
    // "Well, clearly not": the answer rejects the latest demand of the other side.
    const latest = latestDemandOfOtherSide(context, objectStart, sentenceIndex, otherSide);
    return { linked: latest ? [latest] : [] };
  }
  // A rejected demand was addressed to the rejecter's side.
  const hints = {
    topic: demandTopic(objectText),
    addresseeSide: rejecterSide,
    sideOf: (id: string) => sideOf(context, id),
  };
  const known = context.linker.best(objectText, (demand) => otherSide(demand.owner), hints);
  const drafted = new DemandLinker(
    context.demands.map((entry) => entry.demand),
    context.actorNames,
  ).best(objectText, (demand) => otherSide(demand.owner), hints);
  const best = known && (!drafted || known.score >= drafted.score) ? known : drafted;
  return { linked: best ? [best.demand.id] : [] };
}

/** The party an object names as its owner: a possessive ("Kiev's demands") or an adjective ("western terms"). */
function ownerNamedIn(context: DraftContext, words: string, rejecterSide: string): string | null {
  const possessive =
    /((?:[A-Z][\w-]+\s)*[A-Z][\w-]+)['’]s?\s+(?:\w+\s+)?(?:demands?|terms|conditions?|proposals?|plans?|desire|calls?|offers?|bid)\b/.exec(
      words,
    );
  const adjective =
    /^\s*(?:(?:the|a|an|any|its|their)\s+)?([A-Za-z]+)\s+(?:terms|demands|conditions|proposals?|calls|plans?|offers?)\b/i.exec(
      words,
    );
  const owner = possessive
    ? (context.actors.lookup(possessive[1])?.id ?? null)
    : adjective
      ? actorForAdjective(context, adjective[1])
      : null;
  return owner && sideOf(context, owner) !== rejecterSide ? owner : null;
}

/** Any actor of the other side the object names ("peace talks with the Russian president"). */
function otherSideNamedIn(context: DraftContext, words: string, rejecterSide: string): string | null {
  return (
    context.actors
      .find(words)
      .map((match) => match.actor.id)
      .find((id) => sideOf(context, id) !== rejecterSide) ?? null
  );
}

/** The demand of the other side the text spoke of last, within the last sentences before `offset`. */
function latestDemandOfOtherSide(
  context: DraftContext,
  offset: number,
  sentenceIndex: number,
  otherSide: (owner: string) => boolean,
): string | null {
  const since = context.sentences[Math.max(0, sentenceIndex - RECENT_SENTENCES)]?.start ?? 0;
  const latest = context.statements
    .filter((statement) => statement.anchor < offset && statement.evidence.end > since)
    .flatMap((statement) => statement.stances)
    .filter((stance) => {
      const demand = findDemand(context, stance.demandId);
      // A demand just rejected counts too: "The Kremlin rejected the plan. “It is unacceptable,” Peskov said."
      return demand !== undefined && otherSide(demand.owner);
    })
    .pop();
  return latest?.demandId ?? null;
}

/** A new demand for a rejected object that names a demand-like thing, voiced by its owner. */
function draftRejectedDemand(
  context: DraftContext,
  statement: StatementDraft,
  objectStart: number,
  objectEnd: number,
  ownerWords: string,
  cueStart: number,
  sentenceIndex: number,
): string[] {
  const { text } = context;
  const object = text.slice(objectStart, objectEnd);
  const described = `${ownerWords} ${object}`;
  const nouns = described.toLowerCase().split(/[^a-z]+/);
  // "refusal to recognise X": what is refused is an act someone asked for.
  const act = /^\s*to\s+[a-z]+/i.test(object);
  if (!act && !nouns.some((word) => LEXICON.rejectionObjects.has(word))) return [];
  const rejecterSide = sideOf(context, statement.speaker);
  const named = ownerNamedIn(context, described, rejecterSide) ?? otherSideNamedIn(context, described, rejecterSide);
  // Else whoever else speaks in the sentence ("Peskov said western refusal to ..."), else the other party.
  const otherSpeaker = context.statements.find(
    (other) =>
      other.evidence.start <= cueStart &&
      cueStart < other.evidence.end &&
      sideOf(context, other.speaker) !== rejecterSide,
  )?.speaker;
  const owner = named ?? otherSpeaker ?? counterpartOf(context, statement.speaker);
  if (!owner || sideOf(context, owner) === rejecterSide) return [];
  const voicer = paraphraseFor(context, cueStart, owner, ['the party whose demand is rejected'], 0.35);
  const words = object.trim().replace(/[,.;]+$/, '');
  if (words.split(/\s+/).length < 2) return [];
  return [
    voice(
      context,
      voicer,
      ownerFor(context, owner),
      statement.speaker,
      words,
      'DEMAND',
      { confidence: 0.35, cues: ['the object of a rejection'] },
      sentenceIndex,
    ),
  ];
}
