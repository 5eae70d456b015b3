// Adds corpus items a seed wrote: rows of {key, props} as annotation-items-write
// takes them; an item already kept (recorded by another process meanwhile)
// is left as it is.
UNWIND $rows AS row
MERGE (i:AnnotationItem {key: row.key})
ON CREATE SET i += row.props, i.author = $author, i.at = datetime()
RETURN count(*) AS written
