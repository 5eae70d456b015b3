// The statements a text reports: one per quote, with the speaker its
// attribution names, and one per verb of saying that no quote used (the
// paraphrased "Peskov stated that ..."). "He added" and a quote that goes on
// after its attribution take the last speaker.
import { attributeQuotes } from './quote-attribution';
import type { AttributedQuote } from './quote-attribution';
import type { DraftContext, StatementDraft } from './draft-context';
import { sentenceAt } from './sentences';
import type { SpeechFrame } from './speech-frames';
import { ARTICLE_DATE_CUE, statementDate } from './statement-dates';

const RULE_CONFIDENCE = {
  after: 0.9,
  before: 0.85,
  'next-sentence': 0.8,
  continues: 0.65,
  'last-speaker': 0.4,
} as const;

export function findStatements(context: DraftContext): void {
  const { text, tokens, sentences, quotes, frames } = context;
  const attributed = attributeQuotes(text, tokens, sentences, quotes, frames);
  const usedFrames = new Set(
    attributed.map((item) => item.frame).filter((frame): frame is SpeechFrame => frame !== null),
  );
  type Seed = { at: number; quote?: AttributedQuote; frame?: SpeechFrame };
  const seeds: Seed[] = [
    ...attributed.map((item) => ({ at: item.quote.open, quote: item })),
    ...frames
      .filter((frame) => !usedFrames.has(frame) && !frame.participle)
      .map((frame) => ({ at: frame.start, frame })),
  ]
    .filter((seed) => seed.at >= context.bodyStart)
    .sort((a, b) => a.at - b.at);

  let lastSpeaker: string | null = null;
  const byQuote = new Map<AttributedQuote, StatementDraft>();
  for (const seed of seeds) {
    const drafted: StatementDraft | null = seed.quote
      ? quoteStatement(context, seed.quote, lastSpeaker, byQuote)
      : frameStatement(context, seed.frame!, lastSpeaker);
    if (!drafted) continue;
    if (seed.quote) byQuote.set(seed.quote, drafted);
    // One paraphrase per speaker and sentence: a second verb of saying adds nothing to review.
    const duplicate = context.statements.some(
      (other) => !drafted.quote && other.speaker === drafted.speaker && other.evidence.start === drafted.evidence.start,
    );
    if (!duplicate) context.statements.push(drafted);
    lastSpeaker = drafted.speaker;
  }
  inheritDates(context);
}

const INHERIT_WITHIN_SENTENCES = 2;

/** A statement without date words that goes on from the same speaker's dated one takes its date ("Biden said yesterday ... Biden said"). */
function inheritDates(context: DraftContext): void {
  let previous: StatementDraft | null = null;
  for (const statement of context.statements) {
    const undated = statement.dateSuggestion.cues[0] === ARTICLE_DATE_CUE;
    if (
      undated &&
      previous &&
      previous.speaker === statement.speaker &&
      previous.dateSuggestion.cues[0] !== ARTICLE_DATE_CUE
    ) {
      const gap =
        sentenceAt(context.sentences, statement.evidence.start).index -
        sentenceAt(context.sentences, previous.evidence.end - 1).index;
      if (gap <= INHERIT_WITHIN_SENTENCES) {
        statement.date = { ...previous.date };
        statement.dateSuggestion = { confidence: 0.5, cues: [previous.date.cue, 'the same speaker, just before'] };
      }
    }
    previous = statement;
  }
}

function quoteStatement(
  context: DraftContext,
  item: AttributedQuote,
  lastSpeaker: string | null,
  byQuote: Map<AttributedQuote, StatementDraft>,
): StatementDraft | null {
  const { text, sentences, quotes } = context;
  const quote = item.quote;
  let speaker: string | null = null;
  let speakerCues: string[] = [];
  let confidence: number = RULE_CONFIDENCE[item.rule];
  let reportedBy: string | null = null;
  if (item.frame) {
    const resolved = context.resolver.resolve(item.frame.speaker, lastSpeaker);
    if (resolved) {
      speaker = resolved.actorId;
      speakerCues = [...resolved.cues, item.frame.verb];
      confidence = Math.min(confidence, resolved.confidence + 0.05);
    }
    if (item.frame.reportedBy) reportedBy = context.resolver.resolve(item.frame.reportedBy, null)?.actorId ?? null;
  } else if (item.continues) {
    speaker = byQuote.get(item.continues)?.speaker ?? null;
    speakerCues = ['continues the quote before'];
  }
  speaker ??= lastSpeaker;
  if (!speaker) return null;
  if (speakerCues.length === 0) speakerCues = ['the last speaker'];

  const first = sentenceAt(sentences, Math.min(quote.open, item.frame?.start ?? quote.open));
  const last = sentenceAt(sentences, Math.max(quote.close - 1, item.frame?.end ?? 0));
  const anchor = item.frame?.start ?? quote.open;
  const dated = statementDate(text, sentenceAt(sentences, anchor), anchor, quotes, context.articleDate);
  return {
    speaker,
    speakerSuggestion: { confidence, cues: speakerCues },
    anchor: quote.open,
    quote,
    evidence: { start: first.start, end: last.end },
    frame: item.frame,
    reportedBy,
    date: dated.date,
    dateSuggestion: dated.suggestion,
    stances: [],
    suggestion: {
      confidence: quote.closed ? 0.9 : 0.6,
      cues: [
        `quotation marks ${text[quote.open]}${quote.closed ? text[quote.close - 1] : ''}`,
        `attribution: ${item.rule}`,
      ],
    },
  };
}

function frameStatement(context: DraftContext, frame: SpeechFrame, lastSpeaker: string | null): StatementDraft | null {
  const resolved = context.resolver.resolve(frame.speaker, lastSpeaker);
  if (!resolved) return null;
  const dated = statementDate(context.text, frame.sentence, frame.start, context.quotes, context.articleDate);
  return {
    speaker: resolved.actorId,
    speakerSuggestion: { confidence: resolved.confidence, cues: [...resolved.cues, frame.verb] },
    anchor: frame.start,
    quote: null,
    evidence: { start: frame.sentence.start, end: frame.sentence.end },
    frame,
    reportedBy: null,
    date: dated.date,
    dateSuggestion: dated.suggestion,
    stances: [],
    suggestion: { confidence: 0.6, cues: [`verb of saying "${frame.verb}"`] },
  };
}
