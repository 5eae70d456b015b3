// Actor-to-actor (SPEAKS_FOR, MEMBER_OF, LEADS, PART_OF) and actor-to-territory
// (CLAIMS, CONTROLS, ANNEXED) relations resting on an article in scope
// ($articles: ids, or null for all).
MATCH (a:Actor)-[r:SPEAKS_FOR|MEMBER_OF|LEADS|PART_OF|CLAIMS|CONTROLS|ANNEXED]->(b:Entity)
WHERE (b:Actor OR b:Territory)
  AND ($articles IS NULL OR r.article IN $articles)
RETURN type(r) AS type, a.id AS from, b.id AS to, b:Territory AS toTerritory, r.article AS article
ORDER BY type, from, to, article
