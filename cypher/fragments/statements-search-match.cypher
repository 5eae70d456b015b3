// A fragment (not a query): the statements a full-text search finds
// (index statement_search, standard-folding analyzer; $search is a Lucene
// query the API builds from the user's words, escaped), kept when they pass
// every filter given. Included by statements-search-page.cypher, once to
// count them and once for their sorted top.
CALL db.index.fulltext.queryNodes('statement_search', $search) YIELD node AS n
WHERE true
  // @if speaker
  AND (EXISTS { (:Actor {id: $speaker})-[:MADE]->(n) }
       OR ($includeOnBehalfOf AND EXISTS { (n)-[:ON_BEHALF_OF]->(:Actor {id: $speaker}) }))
  // @end
  // @if article
  AND EXISTS { (n)-[:REPORTED_IN]->(:Article {id: $article}) }
  // @end
  // @if target
  AND EXISTS { (n)-[:TARGETS]->(:Entity {id: $target}) }
  // @end
  // @if mentions
  AND EXISTS { (n)-[:MENTIONS]->(:Entity {id: $mentions}) }
  // @end
  // @if ploverType
  AND n.ploverType = $ploverType
  // @end
  // @if dateFrom
  AND (n.date >= $dateFrom OR $dateFrom STARTS WITH n.date)
  // @end
  // @if dateTo
  AND (n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  // @end
