// Every territory's name, for territorial deadlocks.
MATCH (t:Territory)
RETURN t.id AS id, t.name AS name
ORDER BY id
