// The statement a cue at some offset belongs to: the quote it stands in, or
// the sentence's paraphrase with the same speaker, or a new paraphrase for
// the cue's own subject ("Ukraine has rejected these demands").
import type { DraftContext, StatementDraft } from './draft-context';
import { sentenceAt } from './sentences';
import { subjectBefore } from './speech-frames';
import { statementDate } from './statement-dates';

export function quotedStatementAt(context: DraftContext, offset: number): StatementDraft | undefined {
  return context.statements.find(
    (statement) => statement.quote && offset >= statement.quote.start && offset < statement.quote.end,
  );
}

/** The speaker of the clause at `offset`: its grammatical subject, resolved; null when there is none. */
export function subjectAt(
  context: DraftContext,
  offset: number,
): { actorId: string; cues: string[]; confidence: number } | null {
  const sentence = sentenceAt(context.sentences, offset);
  const mention = subjectBefore(context.text, context.quotes, context.mentions, sentence, offset);
  if (!mention) return null;
  const lastSpeaker = [...context.statements].reverse().find((statement) => statement.anchor < offset)?.speaker ?? null;
  const resolved = context.resolver.resolve(mention, lastSpeaker);
  return resolved ? { actorId: resolved.actorId, cues: resolved.cues, confidence: resolved.confidence } : null;
}

/** The paraphrase statement of `speaker` in the sentence at `offset`, drafted when there is none yet. */
export function paraphraseFor(
  context: DraftContext,
  offset: number,
  speaker: string,
  cues: string[],
  confidence: number,
): StatementDraft {
  const sentence = sentenceAt(context.sentences, offset);
  const existing = context.statements.find(
    (statement) =>
      statement.speaker === speaker && statement.evidence.start <= offset && offset < statement.evidence.end,
  );
  if (existing) return existing;
  const dated = statementDate(context.text, sentence, offset, context.quotes, context.articleDate);
  const statement: StatementDraft = {
    speaker,
    speakerSuggestion: { confidence, cues },
    anchor: offset,
    quote: null,
    evidence: { start: sentence.start, end: sentence.end },
    frame: null,
    reportedBy: null,
    date: dated.date,
    dateSuggestion: dated.suggestion,
    stances: [],
    suggestion: { confidence: Math.min(confidence, 0.6), cues },
  };
  context.statements.push(statement);
  return statement;
}
