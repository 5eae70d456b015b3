// The relations between actors, and from actors to territories, resting on
// an article in scope ($articles: ids, or null for all). $types: the
// relation types of the domain model (src/domain/relationships.ts, the
// actorRelation and territoryRelation families), so a type declared there
// is read with no edit here.
MATCH (a:Actor)-[r]->(b:Entity)
WHERE type(r) IN $types
  AND (b:Actor OR b:Territory)
  AND ($articles IS NULL OR r.article IN $articles)
RETURN type(r) AS type, a.id AS from, b.id AS to, b:Territory AS toTerritory, r.article AS article,
       r.statement AS statement
ORDER BY type, from, to, article
