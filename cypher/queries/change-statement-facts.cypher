// Who made a statement and where it is reported: what statementAdded(speaker:, article:) filters on.
MATCH (s:Statement {id: $id})
OPTIONAL MATCH (speaker:Actor)-[:MADE]->(s)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(article:Article)
RETURN speaker.id AS speaker, article.id AS article
LIMIT 1
