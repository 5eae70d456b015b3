import { FeedReplay } from '../../src/changes/feed-replay';
import type { ReplayRecord } from '../../src/changes/feed-replay';

const record = (kind: string, at: number, before: object | null, after: object | null): ReplayRecord => ({
  kind,
  entity: 'Statement',
  id: 'stmt-1',
  from: null,
  to: null,
  key: null,
  before: before && JSON.stringify(before),
  after: after && JSON.stringify(after),
  at,
});
const edge = (kind: string, at: number): ReplayRecord => ({
  kind,
  entity: 'REJECTS',
  id: null,
  from: 'stmt-1',
  to: 'demand-1',
  key: '',
  before: kind === 'created' ? null : '{}',
  after: kind === 'retracted' ? null : '{}',
  at,
});

describe('the graph as known at an instant, replayed from the feed', () => {
  const records = [
    record('created', 100, null, { text: 'a' }),
    record('updated', 200, { text: 'a' }, { text: 'b' }),
    record('retracted', 300, { text: 'b' }, null),
    edge('created', 100),
    edge('retracted', 300),
  ];
  const rejects = { type: 'REJECTS', from: 'stmt-1', to: 'demand-1', key: '' };

  it('tells a node and an edge created, edited and retracted at each instant', () => {
    const at = (time: number) => new FeedReplay(records, time);
    expect([50, 100, 150, 250, 300, 400].map((time) => at(time).node('stmt-1', null))).toEqual([
      null,
      { text: 'a' },
      { text: 'a' },
      { text: 'b' },
      null,
      null,
    ]);
    expect([50, 150, 350].map((time) => at(time).edge(rejects, null))).toEqual([null, {}, null]);
    expect(at(150).recordedEdges(['REJECTS'], 'to', 'demand-1')).toEqual([rejects]);
  });

  it('takes an item seeded and edited later as it was before the edit, and one never touched as it is now', () => {
    const edited = [record('updated', 200, { text: 'seeded' }, { text: 'edited' })];
    expect(new FeedReplay(edited, 150).node('stmt-1', { text: 'edited' })).toEqual({ text: 'seeded' });
    expect(new FeedReplay(edited, 250).node('stmt-1', { text: 'edited' })).toEqual({ text: 'edited' });
    expect(new FeedReplay([], 150).node('stmt-2', { text: 'now' })).toEqual({ text: 'now' });
  });

  it('refuses an instant before the latest seed run with BAD_USER_INPUT naming the argument', () => {
    expect(() => FeedReplay.check('knownAt', 99, 100, '1970-01-01T00:00:00.100Z')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'knownAt' }) }),
    );
    expect(() => FeedReplay.check('knownAt', 100, 100, 'x')).not.toThrow();
    expect(() => FeedReplay.check('knownAt', 5, null, null)).not.toThrow();
  });
});
