// Statements reported in the articles in scope ($articles: ids, or null for
// all), each with its speaker, the actor it speaks for, its targets and its
// stances on demands: everything the actor projections are built from.
MATCH (speaker:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(article:Article)
WHERE $articles IS NULL OR article.id IN $articles
OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(behalf:Actor)
RETURN s.id AS id,
       speaker.id AS speaker,
       behalf.id AS onBehalfOf,
       s.text AS text,
       s.quote AS quote,
       s.paraphrase AS paraphrase,
       s.date AS date,
       s.datePrecision AS datePrecision,
       article.id AS article,
       COLLECT { MATCH (s)-[:TARGETS]->(t:Actor) RETURN t.id ORDER BY t.id } AS targets,
       COLLECT {
         MATCH (s)-[r:SETS|REPEATS|ACCEPTS|REJECTS]->(d:Demand)
         RETURN {demand: d.id, stance: type(r)} AS stance ORDER BY d.id, type(r)
       } AS stances
ORDER BY id
