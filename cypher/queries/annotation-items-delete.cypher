// Forgets corpus items: retracted ones the files no longer hold either.
UNWIND $keys AS key
MATCH (i:AnnotationItem {key: key})
DELETE i
RETURN count(*) AS deleted
