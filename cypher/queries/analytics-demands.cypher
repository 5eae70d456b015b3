// Demands in scope: declared by an article in $articles, or the object of a
// stance taken in one ($articles null: every demand). Each comes with its
// owner, addressees, territories and annotated conflicts.
MATCH (d:Demand)-[:OWNED_BY]->(owner:Actor)
WHERE $articles IS NULL
   OR d.articleId IN $articles
   OR EXISTS {
        MATCH (d)<-[:SETS|REPEATS|ACCEPTS|REJECTS]-(:Statement)-[:REPORTED_IN]->(a:Article)
        WHERE a.id IN $articles
      }
RETURN d.id AS id,
       d.summary AS summary,
       d.kind AS kind,
       d.topic AS topic,
       d.articleId AS article,
       owner.id AS owner,
       COLLECT { MATCH (d)-[:ADDRESSED_TO]->(x:Actor) RETURN x.id ORDER BY x.id } AS addressedTo,
       COLLECT { MATCH (d)-[:CONCERNS]->(t:Territory) RETURN t.id ORDER BY t.id } AS territories,
       COLLECT {
         MATCH (d)-[c:CONFLICTS_WITH]->(other:Demand)
         RETURN {demand: other.id, article: c.article} AS conflict ORDER BY other.id
       } AS conflictsWith
ORDER BY id
