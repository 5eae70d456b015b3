// Feed records after a position, oldest first, through the seq constraint's
// index. $entities: only these node labels or relationship types; null: all.
MATCH (c:Change)
WHERE c.seq > $after AND ($entities IS NULL OR c.entity IN $entities)
RETURN
  c.seq AS seq,
  c.edition AS edition,
  c.kind AS kind,
  c.entity AS entity,
  c.id AS id,
  c.from AS from,
  c.to AS to,
  c.key AS key,
  c.count AS count,
  c.author AS author,
  c.operation AS operation,
  toString(c.at) AS at
ORDER BY c.seq
LIMIT $limit
