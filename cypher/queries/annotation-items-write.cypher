// Writes changed corpus items: rows of {key, props}, props holding kind, id,
// home, pos, body (JSON), text, base (JSON or null), retracted, edition.
UNWIND $rows AS row
MERGE (i:AnnotationItem {key: row.key})
SET i += row.props, i.author = $author, i.at = datetime()
RETURN count(*) AS written
