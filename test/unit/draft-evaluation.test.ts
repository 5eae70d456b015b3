// The leave-one-out evaluation of the drafter over the seed articles, held to
// floors just under the figures it reached, so a change that drafts worse
// fails here. Floors, not targets: the targets are in the table itself.
import path from 'node:path';
import { evaluateHeldOut, evaluateLeaveOneOut } from '../../src/draft/evaluate';
import type { Count, Evaluation } from '../../src/draft/evaluate';
import { formatEvaluation } from '../../src/draft/evaluation-table';

const SEED = path.join(__dirname, '..', '..', 'seed');
const HELD_OUT = path.join(__dirname, '..', '..', 'bench', 'draft-holdout');
const recall = (count: Count) => count.found / count.hand;
const precision = (count: Count) => count.right / count.drafted;

describe('npm run eval:draft', () => {
  let evaluation: Evaluation;
  let table: string;

  beforeAll(async () => {
    evaluation = await evaluateLeaveOneOut(SEED);
    table = formatEvaluation(evaluation);
  });

  it('evaluates every seed article against its hand annotation', () => {
    expect(evaluation.articles).toBe(5);
    expect(evaluation.quotes.hand).toBe(30);
    expect(evaluation.rejections.hand).toBe(17);
  });

  it('finds the quotes, with their exact spans and speakers', () => {
    expect(recall(evaluation.quotes)).toBeGreaterThanOrEqual(0.96);
    expect(precision(evaluation.quotes)).toBeGreaterThanOrEqual(0.9);
    expect(recall(evaluation.exactSpans)).toBeGreaterThanOrEqual(0.96);
    expect(recall(evaluation.speakers)).toBeGreaterThanOrEqual(0.96);
  });

  it('finds the demands and the rejections with their owners', () => {
    expect(recall(evaluation.demands)).toBeGreaterThanOrEqual(0.76);
    expect(precision(evaluation.demands)).toBeGreaterThanOrEqual(0.8);
    expect(recall(evaluation.rejections)).toBeGreaterThanOrEqual(0.6);
    expect(precision(evaluation.rejections)).toBeGreaterThanOrEqual(0.9);
  });

  it('dates and types the statements of found quotes', () => {
    expect(recall(evaluation.statementDates)).toBeGreaterThanOrEqual(0.83);
    expect(recall(evaluation.statementTypes)).toBeGreaterThanOrEqual(0.53);
  });

  it('holds on the held-out articles, written after the rules', async () => {
    const heldOut = await evaluateHeldOut(SEED, HELD_OUT);
    expect(heldOut.articles).toBe(2);
    expect(recall(heldOut.quotes)).toBeGreaterThanOrEqual(0.95);
    expect(recall(heldOut.exactSpans)).toBeGreaterThanOrEqual(0.9);
    expect(recall(heldOut.speakers)).toBeGreaterThanOrEqual(0.9);
    expect(recall(heldOut.demands)).toBeGreaterThanOrEqual(0.85);
    expect(recall(heldOut.rejections)).toBeGreaterThanOrEqual(0.8);
    expect(precision(heldOut.rejections)).toBeGreaterThanOrEqual(0.9);
  });

  it('prints the figures it measured', () => {
    const row = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label} |`));
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    expect(row('quotes (span overlap)')).toContain(percent(evaluation.quotes.found, evaluation.quotes.hand));
    expect(row('rejections (rejecter and owner sides)')).toContain(
      percent(evaluation.rejections.right, evaluation.rejections.drafted),
    );
    expect(row('demands voiced (owner side)')).toContain(percent(evaluation.demands.found, evaluation.demands.hand));
  });

  it('gives the same table twice', async () => {
    expect(formatEvaluation(await evaluateLeaveOneOut(SEED))).toBe(table);
  });
});
