// Every actor with what the analytics show of it. Cheap (one row per actor);
// the projections keep only the actors that statements, demands or relations
// in scope involve.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country
ORDER BY id
