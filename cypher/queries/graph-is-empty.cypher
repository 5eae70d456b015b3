// True when no article has been seeded yet.
RETURN NOT EXISTS { MATCH (:Article) } AS empty
