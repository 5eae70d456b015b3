// Appends one write's change records to the feed, inside the write's own
// transaction: a record exists if and only if its write committed.
// The counter node is write-locked first (the SET of `locked`) and stays
// locked until the transaction ends, so every append on this database, from
// any process, takes its numbers one after the other: seq follows commit
// order, and a reader that sees seq n has every committed record below n
// visible too. edition numbers the writes (one per append), seq the records.
// `at` is the clock when the records are appended, the write's last step
// before its commit (datetime() alone would be the transaction's start).
MERGE (counter:ChangeCounter {name: 'feed'})
  ON CREATE SET counter.seq = 0, counter.edition = 0
SET counter.locked = true
WITH counter
SET counter.seq = counter.seq + size($records), counter.edition = counter.edition + 1
WITH counter.seq - size($records) AS base, counter.edition AS edition
UNWIND range(0, size($records) - 1) AS i
WITH base + i + 1 AS seq, edition, $records[i] AS record
CREATE (change:Change {
  seq: seq,
  edition: edition,
  kind: record.kind,
  entity: record.entity,
  id: record.id,
  from: record.from,
  to: record.to,
  key: record.key,
  count: record.count,
  before: record.before,
  after: record.after,
  author: $author,
  operation: $operation,
  at: datetime.realtime()
})
RETURN max(seq) AS last, edition
