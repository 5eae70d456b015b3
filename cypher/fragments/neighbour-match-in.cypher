// A fragment (not a query): each parent's incoming relationships of the
// walk's type. With one relationship type ($relType, which the loader keys
// set when $types holds one) the pattern names it, so a dense node reads only
// that type's relationships, not all of its own (an actor's 2,715
// OWNED_BY edges instead of its 22,564 incoming edges at 100k). Neo4j 5.26
// reads a parameter type ($any) as a filter, so the types are spelt out.
// Included by `// @include neighbour-match-in` (src/db/named-queries.ts)
// where a query needs these relationships, as often as it needs them.
// Several types ($relType unset) match any relationship, which the query then
// filters by $types; one type with no branch here fails (@fail) rather than
// match every type (src/db/model-self-check.ts finds it at start).
// @if relType = 'MADE'
MATCH (parent)<-[r:MADE]-(n)
// @elif relType = 'REPORTED_IN'
MATCH (parent)<-[r:REPORTED_IN]-(n)
// @elif relType = 'ON_BEHALF_OF'
MATCH (parent)<-[r:ON_BEHALF_OF]-(n)
// @elif relType = 'REPORTED_BY'
MATCH (parent)<-[r:REPORTED_BY]-(n)
// @elif relType = 'TARGETS'
MATCH (parent)<-[r:TARGETS]-(n)
// @elif relType = 'MENTIONS'
MATCH (parent)<-[r:MENTIONS]-(n)
// @elif relType = 'SETS'
MATCH (parent)<-[r:SETS]-(n)
// @elif relType = 'REPEATS'
MATCH (parent)<-[r:REPEATS]-(n)
// @elif relType = 'ACCEPTS'
MATCH (parent)<-[r:ACCEPTS]-(n)
// @elif relType = 'REJECTS'
MATCH (parent)<-[r:REJECTS]-(n)
// @elif relType = 'OWNED_BY'
MATCH (parent)<-[r:OWNED_BY]-(n)
// @elif relType = 'ADDRESSED_TO'
MATCH (parent)<-[r:ADDRESSED_TO]-(n)
// @elif relType = 'CONCERNS'
MATCH (parent)<-[r:CONCERNS]-(n)
// @elif relType = 'CONFLICTS_WITH'
MATCH (parent)<-[r:CONFLICTS_WITH]-(n)
// @elif relType = 'SPEAKS_FOR'
MATCH (parent)<-[r:SPEAKS_FOR]-(n)
// @elif relType = 'MEMBER_OF'
MATCH (parent)<-[r:MEMBER_OF]-(n)
// @elif relType = 'LEADS'
MATCH (parent)<-[r:LEADS]-(n)
// @elif relType = 'PART_OF'
MATCH (parent)<-[r:PART_OF]-(n)
// @elif relType = 'CLAIMS'
MATCH (parent)<-[r:CLAIMS]-(n)
// @elif relType = 'CONTROLS'
MATCH (parent)<-[r:CONTROLS]-(n)
// @elif relType = 'ANNEXED'
MATCH (parent)<-[r:ANNEXED]-(n)
// @elif relType = 'TOOK_PART_IN'
MATCH (parent)<-[r:TOOK_PART_IN]-(n)
// @elif relType = 'PUBLISHED_BY'
MATCH (parent)<-[r:PUBLISHED_BY]-(n)
// @elif !relType
MATCH (parent)<-[r]-(n)
// @else
// @fail no typed pattern for relType {relType}: add its branch to neighbour-match-in
// @end
