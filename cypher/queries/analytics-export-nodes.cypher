// Every node of the model (all carry :Entity) with its labels and properties,
// for the full-graph exports.
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
