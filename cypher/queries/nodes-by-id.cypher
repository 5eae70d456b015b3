// Nodes by global id, for node(id), actor(id), ... and provenance fields.
// One round trip per request for all the ids asked for together.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is one list: its id, then the values of the properties $fields lists
// for its label (a list, not a map, so no key names to send and decode).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
// @if fields
RETURN id, labels(n) AS labels, [n.id] + [k IN $fields[head([l IN labels(n) WHERE l IN keys($fields)])] | n[k]] AS node
// @else
RETURN id, labels(n) AS labels, properties(n) AS node
// @end
// With the flag handOn, also the node itself (handedOn, a list of one, as a
// page's nodes are a list), for a composed query's next step to start from
// (src/prefetch/compose-cypher.ts).
// @if handOn
       , [n] AS handedOn
// @end
