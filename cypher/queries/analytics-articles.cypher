// The articles in scope ($articles: a list of ids, or null for all), for the
// evidence the analytics cite.
MATCH (a:Article)
WHERE $articles IS NULL OR a.id IN $articles
RETURN a.id AS id, a.title AS title, a.publishedOn AS publishedOn
ORDER BY id
