// Every stance statement on each demand of $ids, with the actor who made it
// and the actor it speaks for: the steps a demand's status and lifecycle are
// told from (src/analytics/demand-timeline.ts). Dates are compared in the
// service, so one read serves every asOf a request asks. The edges' keys and
// the speaker's id come along for knownAt, which replays the change feed
// over these items (src/repositories/demand-steps.repository.ts).
UNWIND $ids AS parentId
MATCH (d:Demand {id: parentId})
CALL (d) {
  MATCH (d)<-[r:SETS|REPEATS|ACCEPTS|REJECTS]-(s:Statement)
  OPTIONAL MATCH (speaker:Actor)-[made:MADE]->(s)
  OPTIONAL MATCH (s)-[behalf:ON_BEHALF_OF]->(principal:Actor)
  RETURN collect({
    stance: type(r),
    key: r.key,
    statement: properties(s),
    speaker: properties(speaker),
    madeKey: made.key,
    principal: properties(principal),
    behalfKey: behalf.key
  }) AS steps
}
RETURN parentId, steps
