// The newest seq in the feed (0 when it is empty): where a poller starts.
// The counter is written in the same transaction as the records it numbers.
OPTIONAL MATCH (counter:ChangeCounter {name: 'feed'})
RETURN coalesce(counter.seq, 0) AS seq
