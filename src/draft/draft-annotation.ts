// draftAnnotation: from an article's text alone, an annotation file in the
// project's format (docs/model.md) with every drafted item marked as a
// suggestion. The suggestions live beside the file, keyed by the item's path
// (suggestion-keys.ts), because the annotation schema is strict: an unknown key
// in an item is an error by design, and a reviewer's accepted file must pass
// the validator unchanged.
import type { AnnotationFile, StatementAnnotation, TerritoryAnnotation } from '../seed/annotation.schema';
import { ActorIndex } from './actor-index';
import { articleDate } from './dates';
import { findDemands } from './demand-finder';
import { DemandLinker } from './demand-linker';
import type { DraftContext, StatementDraft, Suggestion } from './draft-context';
import { actorOf, findDemand, ownerFor } from './draft-context';
import { articleHeader, headlineEnd } from './article-header';
import type { KnownGraph } from './known-graph';
import { EMPTY_GRAPH } from './known-graph';
import { findMentions } from './mentions';
import { tokenise } from './nlp';
import { LOWEST_TYPE_CONFIDENCE, ploverType } from './plover-type';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { SpeakerResolver } from './speaker-resolver';
import { findSpeechFrames } from './speech-frames';
import { findStances } from './stance-finder';
import { findStatements } from './statement-finder';
import { LEXICON } from './cue-lexicon';

export interface DraftOptions {
  /** The article's date (YYYY-MM-DD) when its text has no dateline. */
  date?: string | null;
  /** The article's file name (e.g. 005_0123456789abcdef.txt): it names the ids. */
  file?: string;
  /** The actors and demands to link to. */
  graph?: KnownGraph;
}

export interface Draft {
  annotation: AnnotationFile;
  /** Item path (e.g. `statements[2].speaker`) to its suggestion. */
  suggestions: Record<string, Suggestion>;
  sentences: { start: number; end: number }[];
  lexicon: { name: string; version: string };
}

interface GraphIndexes {
  actors: ActorIndex;
  territories: ActorIndex<TerritoryAnnotation>;
  /** Actors that are not people: what a person's own names may point to ("Kremlin spokesman"). */
  parties: ActorIndex;
  linker: DemandLinker;
  actorNames: string[];
}

const indexes = new WeakMap<KnownGraph, GraphIndexes>();

function indexesOf(graph: KnownGraph): GraphIndexes {
  let found = indexes.get(graph);
  if (!found) {
    const actorNames = graph.actors.flatMap((actor) => [actor.name, ...actor.aliases]);
    found = {
      actors: new ActorIndex(graph.actors),
      territories: new ActorIndex(graph.territories),
      parties: new ActorIndex(graph.actors.filter((actor) => actor.kind !== 'PERSON')),
      linker: new DemandLinker(graph.demands, actorNames),
      actorNames,
    };
    indexes.set(graph, found);
  }
  return found;
}

export function draftAnnotation(text: string, options: DraftOptions = {}): Draft {
  const graph = options.graph ?? EMPTY_GRAPH;
  const file = options.file ?? 'draft.txt';
  const { actors, territories, linker, actorNames } = indexesOf(graph);
  const tokenised = tokenise(text);
  const sentences = splitSentences(text, tokenised);
  const quotes = findQuotes(text);
  const mentions = findMentions(text, tokenised.tokens, quotes, actors);
  const frames = findSpeechFrames(text, tokenised.tokens, sentences, quotes, mentions);
  const context: DraftContext = {
    text,
    bodyStart: headlineEnd(text),
    tokens: tokenised.tokens,
    sentences,
    quotes,
    mentions,
    frames,
    graph,
    actors,
    territories,
    linker,
    actorNames,
    resolver: new SpeakerResolver(text, actors, mentions, sentences, graph.ids),
    articleDate: articleDate(text, options.date ?? null),
    statements: [],
    demands: [],
  };
  findStatements(context);
  findDemands(context);
  findStances(context);
  return assemble(context, file);
}

function assemble(context: DraftContext, file: string): Draft {
  const suggestions: Record<string, Suggestion> = {};
  const {
    header,
    suggestions: headerSuggestions,
    number,
  } = articleHeader(context.text, file, context.articleDate, context.graph.ids);
  Object.assign(suggestions, headerSuggestions);
  const ordered = [...context.statements].sort((a, b) => a.evidence.start - b.evidence.start || a.anchor - b.anchor);
  const usedActors = new Set<string>();
  const statements: StatementAnnotation[] = ordered.map((draft, index) => {
    const id = freeId(context, `stmt-${number}-${String(index + 1).padStart(2, '0')}`);
    const path = `statements[${index}]`;
    // A quote's own words say what the speaker did; the reporting sentence only where they say nothing.
    const stances = draft.stances.map((stance) => stance.stance);
    const quoted = draft.quote ? ploverType(context.text.slice(draft.quote.start, draft.quote.end), stances) : null;
    const typed =
      quoted && quoted.confidence > LOWEST_TYPE_CONFIDENCE
        ? quoted
        : ploverType(context.text.slice(draft.evidence.start, draft.evidence.end), stances);
    const behalf = onBehalfOf(context, indexesOf(context.graph).parties, draft.speaker);
    if (behalf) suggestions[`${path}.onBehalfOf`] = { confidence: 0.4, cues: [behalf.cue] };
    suggestions[path] = draft.suggestion;
    suggestions[`${path}.speaker`] = draft.speakerSuggestion;
    suggestions[`${path}.date`] = draft.dateSuggestion;
    suggestions[`${path}.plover`] = { confidence: typed.confidence, cues: typed.cues };
    draft.stances.forEach(
      (stance, stanceIndex) => (suggestions[`${path}.demands[${stanceIndex}]`] = stance.suggestion),
    );
    usedActors.add(draft.speaker);
    if (draft.reportedBy) usedActors.add(draft.reportedBy);
    const quote = draft.quote
      ? { text: context.text.slice(draft.quote.start, draft.quote.end), start: draft.quote.start, end: draft.quote.end }
      : null;
    return {
      id,
      speaker: draft.speaker,
      onBehalfOf: behalf?.actorId ?? null,
      date: draft.date,
      quote,
      paraphrase: paraphraseOf(context.text, draft.evidence),
      evidence: { ...draft.evidence },
      reportedBy: draft.reportedBy,
      plover: typed.plover,
      targets: targetsOf(context, draft),
      mentions: mentionsIn(context, draft),
      demands: draft.stances.map((stance) => ({ demand: stance.demandId, stance: stance.stance })),
    };
  });
  const demands = context.demands.map((entry, index) => {
    suggestions[`demands[${index}]`] = entry.suggestion;
    usedActors.add(entry.demand.owner);
    entry.demand.addressedTo.forEach((id) => usedActors.add(id));
    return entry.demand;
  });
  const actors = [...context.resolver.proposed.values()].filter((actor) => usedActors.has(actor.id));
  actors.forEach(
    (actor, index) =>
      (suggestions[`actors[${index}]`] = {
        confidence: 0.5,
        cues: [`new actor "${actor.name}"`, `kind ${actor.kind} guessed`],
      }),
  );
  const annotation: AnnotationFile = {
    article: header,
    actors,
    territories: [],
    events: [],
    statements,
    demands,
    relations: [],
  };
  return {
    annotation,
    suggestions,
    sentences: context.sentences.map(({ start, end }) => ({ start, end })),
    lexicon: { name: LEXICON.name, version: LEXICON.version },
  };
}

/** The reporting sentence itself, for the reviewer to rewrite in plain words. */
function paraphraseOf(text: string, evidence: { start: number; end: number }): string {
  const words = text.slice(evidence.start, evidence.end).replace(/\s+/g, ' ').trim();
  return words.length > 0 ? words : '(empty)';
}

function freeId(context: DraftContext, base: string): string {
  let id = base;
  for (let suffix = 2; context.graph.ids.has(id); suffix++) id = `${base}-${suffix}`;
  return id;
}

/** Whom the statement's demands are addressed to. */
function targetsOf(context: DraftContext, draft: StatementDraft): string[] {
  const ids = draft.stances
    .filter((stance) => stance.stance === 'SETS' || stance.stance === 'REPEATS')
    .flatMap((stance) => findDemand(context, stance.demandId)?.addressedTo ?? [])
    .filter((id) => id !== draft.speaker);
  return [...new Set(ids)];
}

/** The known actors and territories its evidence names, the speaker and targets aside. */
function mentionsIn(context: DraftContext, draft: StatementDraft): string[] {
  const words = context.text.slice(draft.evidence.start, draft.evidence.end);
  const targets = new Set(targetsOf(context, draft));
  const ids = [...context.actors.find(words), ...context.territories.find(words)]
    .map((match) => match.actor.id)
    .filter((id) => id !== draft.speaker && !targets.has(id));
  return [...new Set(ids)];
}

/**
 * Whom a person speaks for: the actor the person's own names point to ("Kremlin spokesman": the Kremlin),
 * else the party of the apposition, else the person's state.
 */
function onBehalfOf(
  context: DraftContext,
  parties: ActorIndex,
  speaker: string,
): { actorId: string; cue: string } | null {
  const actor = actorOf(context, speaker);
  if (!actor || actor.kind !== 'PERSON') return null;
  const own = [...actor.aliases, actor.description ?? ''].join('\n');
  const named = parties.find(own)[0];
  if (named) return { actorId: named.actor.id, cue: `the speaker's own names: "${named.actor.name}"` };
  const party = ownerFor(context, speaker);
  return party !== speaker ? { actorId: party, cue: "the speaker's party or state" } : null;
}
