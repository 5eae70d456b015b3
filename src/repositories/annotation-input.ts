// GraphQL mutation inputs to the annotation format (docs/model.md), so that
// validateCorpus judges them exactly as it judges the YAML files: absent
// optional values become null or [], as the annotation schema defaults them.
import type { AddArticleInput } from '../model/add-article.input';
import type { AddDemandInput } from '../model/add-demand.input';
import type { AddStatementInput } from '../model/add-statement.input';
import type { DateInput } from '../model/date.input';
import type { AnnotationChange, Doc } from './annotation-change';

const date = (input: DateInput): Doc => ({
  value: input.value,
  precision: input.precision,
  cue: input.cue,
  inferred: input.inferred,
});

export function articleChange(input: AddArticleInput): AnnotationChange {
  return {
    kind: 'addArticle',
    header: {
      id: input.id,
      file: input.file,
      title: input.title,
      titleIsHeadline: input.titleIsHeadline,
      outlet: input.outlet ?? null,
      published: date(input.published),
    },
    text: input.text,
  };
}

export function statementChange(input: AddStatementInput): AnnotationChange {
  return {
    kind: 'addStatement',
    article: input.article,
    statement: {
      id: input.id,
      speaker: input.speaker,
      onBehalfOf: input.onBehalfOf ?? null,
      date: date(input.date),
      quote: input.quote ? { text: input.quote.text, start: input.quote.start, end: input.quote.end } : null,
      paraphrase: input.paraphrase,
      evidence: input.evidence ? { start: input.evidence.start, end: input.evidence.end } : null,
      reportedBy: input.reportedBy ?? null,
      plover: {
        type: input.plover.type,
        mode: input.plover.mode ?? null,
        cameo: input.plover.cameo,
        codebook: input.plover.codebook,
      },
      targets: input.targets ?? [],
      mentions: input.mentions ?? [],
      demands: (input.demands ?? []).map((stance) => ({ demand: stance.demand, stance: stance.stance })),
    },
  };
}

export function demandChange(input: AddDemandInput): AnnotationChange {
  return {
    kind: 'addDemand',
    article: input.article,
    demand: {
      id: input.id,
      summary: input.summary,
      kind: input.kind,
      topic: input.topic,
      owner: input.owner,
      addressedTo: input.addressedTo ?? [],
      territories: input.territories ?? [],
      conflictsWith: input.conflictsWith ?? [],
    },
    setBy: input.setBy ?? null,
  };
}
