// True when no Entity node exists: the seeder may then CREATE instead of MERGE.
RETURN NOT EXISTS { MATCH (:Entity) } AS empty
