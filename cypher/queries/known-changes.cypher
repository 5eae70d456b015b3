// What a knownAt answer replays (src/changes/feed-replay.ts): the records of
// the entities $entities since the latest seed run, oldest first, and that
// run's time. A seed run writes one summary record, not one per item, so
// what it wrote is known from its time on and nothing before it can be told.
OPTIONAL MATCH (seed:Change {kind: 'seeded'})
WITH seed
ORDER BY seed.seq DESC
LIMIT 1
OPTIONAL MATCH (change:Change)
WHERE change.seq > coalesce(seed.seq, 0) AND change.entity IN $entities AND change.kind <> 'seeded'
WITH seed, change
ORDER BY change.seq
RETURN
  seed.at.epochMillis AS seededAt,
  toString(seed.at) AS seededAtText,
  collect(change {
    .kind, .entity, .id, .from, .to, .key, .before, .after,
    at: change.at.epochMillis
  }) AS records
