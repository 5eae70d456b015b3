// The walk the product exists for: who rejected whose demand or
// precondition, in which words, on what date, reported where.
MATCH (rejecter:Actor)-[:MADE]->(s:Statement)-[:REJECTS]->(d:Demand)-[:OWNED_BY]->(owner:Actor)
MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN rejecter.id AS rejecterId, rejecter.name AS rejecter,
       d.id AS demandId, d.summary AS demand, d.kind AS demandKind,
       owner.id AS ownerId, owner.name AS owner,
       s.id AS statementId, s.text AS words, s.isParaphrase AS isParaphrase, s.date AS date,
       a.id AS articleId, a.title AS article
ORDER BY s.date, s.id, d.id
