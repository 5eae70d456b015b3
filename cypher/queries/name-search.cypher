// Actors, territories and events whose name or an alias matches what a
// person typed, best match first: an exact name or alias (folded like
// searchText, one per line) before everything else, then by the full-text
// index's score (whole words above word starts above near spellings:
// src/search/name-query.ts builds $query), then by name.
// Parameters: $query (Lucene), $phrase (the folded, transliterated words
// joined by spaces), $labels (null: every label), $first, $candidates (how
// many index hits to rank; more than $first, since a label filter and the
// exact-match rule reorder them).
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $candidates}) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score, $phrase IN split(node.searchText, '\n') AS exact
ORDER BY exact DESC, score DESC, toLower(node.name), node.id
LIMIT $first
RETURN labels(node) AS labels, properties(node) AS node, score, exact
