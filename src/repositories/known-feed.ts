// The change feed as knownAt answers replay it: the records since the latest
// seed run of the entities those answers walk, read once per request.
import { FeedReplay } from '../changes/feed-replay';
import type { ReplayRecord } from '../changes/feed-replay';
import { stanceTypes } from '../domain';
import type { DataAccess } from './data-access';

/** What the knownAt answers walk: statements, demands, actors, articles, the stances and the edges around them. */
const REPLAYED_ENTITIES = [
  ...stanceTypes(),
  'Statement',
  'Demand',
  'Actor',
  'Article',
  'MADE',
  'ON_BEHALF_OF',
  'OWNED_BY',
  'REPORTED_IN',
];

interface FeedRow {
  seededAt: number | null;
  seededAtText: string | null;
  records: ReplayRecord[];
}

const feeds = new WeakMap<DataAccess, Promise<FeedRow>>();

/** The replay at `at` (epoch ms); an instant before the latest seed run is BAD_USER_INPUT naming knownAt. */
export async function replayAt(data: DataAccess, at: number): Promise<FeedReplay> {
  let feed = feeds.get(data);
  if (!feed) {
    feed = data.runner
      .read<Record<string, unknown>>('known-changes', { entities: REPLAYED_ENTITIES })
      .then(([row]) => row as unknown as FeedRow);
    feeds.set(data, feed);
  }
  const { seededAt, seededAtText, records } = await feed;
  FeedReplay.check('knownAt', at, seededAt, seededAtText);
  return new FeedReplay(records, at);
}
