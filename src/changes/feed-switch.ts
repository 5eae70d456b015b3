/**
 * PEACEGRAPH_CHANGE_FEED=off stops writes from appending change records
 * (subscriptions then see nothing new). It exists to measure what the feed
 * costs a write (bench/feed.ts); read on every append so a benchmark can
 * compare both in one process.
 */
export function changeFeedOn(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.PEACEGRAPH_CHANGE_FEED ?? 'on').trim().toLowerCase();
  return !['off', 'false', '0', 'no'].includes(value);
}
