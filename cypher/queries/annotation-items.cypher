// Every item of the annotation corpus, with the version of it the files had
// at the last sync (base) and whether it was retracted since.
MATCH (i:AnnotationItem)
RETURN i.key AS key, i.kind AS kind, i.id AS id, i.home AS home, i.pos AS pos, i.body AS body, i.text AS text,
       i.base AS base, coalesce(i.retracted, false) AS retracted
