// The evaluation as a Markdown table, the way `npm run eval:draft` prints it.
import type { Count, Evaluation } from './evaluate';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

interface Row {
  label: string;
  count: Count;
  target: string;
  /** Accuracy rows have no precision of their own. */
  accuracy?: boolean;
}

export function evaluationRows(evaluation: Evaluation): Row[] {
  return [
    { label: 'quotes (span overlap)', count: evaluation.quotes, target: 'recall ≥ 95%' },
    { label: 'quotes, exact spans', count: evaluation.exactSpans, target: 'recall ≥ 90%' },
    { label: 'speakers of found quotes', count: evaluation.speakers, target: '≥ 85% right', accuracy: true },
    { label: 'demands voiced (owner side)', count: evaluation.demands, target: 'recall ≥ 60%' },
    {
      label: 'rejections (rejecter and owner sides)',
      count: evaluation.rejections,
      target: 'recall ≥ 60% at precision ≥ 70%',
    },
    { label: 'rejections (same actors)', count: evaluation.rejectionsSameActors, target: '' },
    { label: 'article dates (no date given)', count: evaluation.articleDates, target: '', accuracy: true },
    { label: 'dates of found quotes (date given)', count: evaluation.statementDates, target: '', accuracy: true },
    { label: 'PLOVER types of found quotes', count: evaluation.statementTypes, target: '', accuracy: true },
  ];
}

export function formatEvaluation(
  evaluation: Evaluation,
  heading = `Leave-one-out over ${evaluation.articles} articles (each drafted with the others as the known graph)`,
): string {
  const lines = [
    heading,
    '',
    '| measure | hand | drafted | found | precision | recall | target |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { label, count, target, accuracy } of evaluationRows(evaluation)) {
    const precision = accuracy ? '—' : percent(count.right, count.drafted);
    const recall = accuracy ? `${percent(count.found, count.hand)} right` : percent(count.found, count.hand);
    lines.push(
      `| ${label} | ${count.hand} | ${count.drafted} | ${count.found} | ${precision} | ${recall} | ${target} |`,
    );
  }
  return lines.join('\n');
}
