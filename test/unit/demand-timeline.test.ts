import { inLifecycleOrder, statusOf, stepsAsOf } from '../../src/analytics/demand-timeline';
import type { StanceStep } from '../../src/analytics/demand-timeline';

const actor = (id: string) => ({ id, name: id });
const step = (stance: string, id: string, date: string | null, speaker: string, principal?: string): StanceStep => ({
  stance,
  statement: { id, date },
  speaker: actor(speaker),
  principal: principal ? actor(principal) : null,
});

describe("a demand's status and lifecycle", () => {
  const steps = [
    step('REJECTS', 's4', '2023', 'zelensky', 'ukraine'),
    step('SETS', 's1', '2022-02-24', 'putin'),
    step('ACCEPTS', 's5', '2024-06', 'ukraine'),
    step('REJECTS', 's3', '2022-10', 'biden'),
    step('REPEATS', 's2', '2022-03', 'peskov', 'kremlin'),
    step('ACCEPTS', 's6', null, 'erdogan'),
  ];

  it('orders the steps by date as written, undated last, ties by statement id', () => {
    expect(inLifecycleOrder(steps).map((item) => item.statement.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  });

  it('puts each actor on the side of its latest answer, the actor spoken for rather than the speaker', () => {
    const ids = (list: Record<string, unknown>[]) => list.map((item) => item.id);
    const asOf2023 = statusOf(stepsAsOf(steps, '2023'));
    expect(asOf2023.state).toBe('REJECTED');
    expect(ids(asOf2023.rejectedBy)).toEqual(['biden', 'ukraine']);
    expect(ids(asOf2023.raisedBy)).toEqual(['kremlin', 'putin']);
    const asOf2024 = statusOf(stepsAsOf(steps, '2024-12'));
    expect(asOf2024.state).toBe('CONTESTED');
    expect(ids(asOf2024.acceptedBy)).toEqual(['ukraine']);
    expect(ids(asOf2024.rejectedBy)).toEqual(['biden']);
  });

  it('is OPEN when raised and unanswered, NOT_RAISED before anything raised it, and drops undated steps with asOf', () => {
    expect(statusOf(stepsAsOf(steps, '2022-09')).state).toBe('OPEN');
    expect(statusOf(stepsAsOf(steps, '2022-02')).state).toBe('OPEN');
    expect(statusOf(stepsAsOf(steps, '2021')).state).toBe('NOT_RAISED');
    expect(statusOf([step('REJECTS', 's9', '2022', 'x')]).state).toBe('NOT_RAISED');
    expect(stepsAsOf(steps, '2030').map((item) => item.statement.id)).not.toContain('s6');
    expect(stepsAsOf(steps, null)).toHaveLength(steps.length);
  });
});
