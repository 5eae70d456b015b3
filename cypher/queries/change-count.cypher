// How many feed records there are of these entities ($entities null: all),
// for a page's totalCount; without a filter Neo4j answers from its count store.
MATCH (c:Change)
WHERE $entities IS NULL OR c.entity IN $entities
RETURN count(c) AS count
