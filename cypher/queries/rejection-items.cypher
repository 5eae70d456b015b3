// Every REJECTS edge with the items around it, and the statements that
// raised its demand: what a knownAt answer of the rejections replays the
// change feed over (src/repositories/rejections-known-at.ts). The whole
// list, read in one go: knownAt filters and pages in the service.
MATCH (s:Statement)-[r:REJECTS]->(d:Demand)
OPTIONAL MATCH (rejecter:Actor)-[made:MADE]->(s)
OPTIONAL MATCH (s)-[behalf:ON_BEHALF_OF]->(principal:Actor)
OPTIONAL MATCH (s)-[reported:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (d)-[owned:OWNED_BY]->(owner:Actor)
RETURN
  properties(s) AS statement,
  r.key AS key,
  properties(d) AS demand,
  properties(rejecter) AS rejecter,
  made.key AS madeKey,
  properties(principal) AS principal,
  behalf.key AS behalfKey,
  properties(a) AS article,
  reported.key AS reportedKey,
  properties(owner) AS owner,
  owned.key AS ownedKey,
  [(raiser:Statement)-[raised:SETS|REPEATS]->(d) | {id: raiser.id, date: raiser.date, stance: type(raised), key: raised.key}]
    AS raisers
