// What every step of one draft reads and adds to: the analysed text, the
// known graph's indexes, and the statements and demands drafted so far.
import type {
  ActorAnnotation,
  DateSpec,
  DemandAnnotation,
  StatementAnnotation,
  TerritoryAnnotation,
} from '../seed/annotation.schema';
import type { ActorIndex } from './actor-index';
import type { ArticleDate } from './dates';
import type { DemandLinker } from './demand-linker';
import type { KnownGraph } from './known-graph';
import type { Mention } from './mentions';
import type { Token } from './nlp';
import type { FoundQuote } from './quotes';
import type { Sentence } from './sentences';
import type { SpeakerResolver } from './speaker-resolver';
import type { SpeechFrame } from './speech-frames';

export interface Suggestion {
  /** 0..1: how sure the drafter is; a reviewer sorts by it. */
  confidence: number;
  /** The words of the text (or the rule) the suggestion rests on. */
  cues: string[];
}

export type Stance = StatementAnnotation['demands'][number]['stance'];

export interface StanceDraft {
  demandId: string;
  stance: Stance;
  suggestion: Suggestion;
}

export interface StatementDraft {
  speaker: string;
  speakerSuggestion: Suggestion;
  /** Where the statement sits in the text (for ordering and for "the last speaker"). */
  anchor: number;
  quote: FoundQuote | null;
  evidence: { start: number; end: number };
  frame: SpeechFrame | null;
  reportedBy: string | null;
  date: DateSpec;
  dateSuggestion: Suggestion;
  stances: StanceDraft[];
  suggestion: Suggestion;
}

export interface DraftContext {
  text: string;
  /** Where the body starts: after the headline, which repeats the body and reports no statement of its own. */
  bodyStart: number;
  tokens: Token[];
  sentences: Sentence[];
  quotes: FoundQuote[];
  mentions: Mention[];
  frames: SpeechFrame[];
  graph: KnownGraph;
  actors: ActorIndex;
  territories: ActorIndex<TerritoryAnnotation>;
  linker: DemandLinker;
  /** Every known actor's name and aliases (words that say who, not what). */
  actorNames: string[];
  resolver: SpeakerResolver;
  articleDate: ArticleDate;
  statements: StatementDraft[];
  demands: { demand: DemandAnnotation; suggestion: Suggestion; sentence: number }[];
}

/** The actor, known or proposed in this draft. */
export function actorOf(context: DraftContext, id: string): ActorAnnotation | undefined {
  return context.actors.byId.get(id) ?? context.resolver.proposed.get(id);
}

/** The side an actor is on: its country, or itself when it has none (the West, NATO). */
export function sideOf(context: DraftContext, id: string): string {
  return actorOf(context, id)?.country ?? id;
}

/** Demands belong to parties: a person's or a government's demand is its state's, when the graph has that state. */
export function ownerFor(context: DraftContext, speaker: string): string {
  const party = context.resolver.affiliations.get(speaker);
  if (party) return ownerFor(context, party);
  const actor = actorOf(context, speaker);
  if (!actor || actor.kind === 'STATE' || !actor.country) return speaker;
  const state = context.graph.actors.find(
    (candidate) => candidate.kind === 'STATE' && candidate.country === actor.country,
  );
  return state?.id ?? speaker;
}

/** The other party of a two-sided conflict, for a demand whose owner the text leaves implicit. */
export function counterpartOf(context: DraftContext, actorId: string): string | null {
  const side = sideOf(context, actorId);
  const states = context.graph.actors.filter(
    (actor) => actor.kind === 'STATE' && actor.country !== null && actor.country !== side,
  );
  const opposite: Record<string, string> = { RU: 'UA', UA: 'RU' };
  return states.find((state) => state.country === opposite[side])?.id ?? null;
}

export function findDemand(context: DraftContext, id: string): DemandAnnotation | undefined {
  return (
    context.graph.demands.find((demand) => demand.id === id) ??
    context.demands.find((entry) => entry.demand.id === id)?.demand
  );
}
