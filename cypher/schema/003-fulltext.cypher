// Full-text search over names and every alias (aliasesText is the aliases
// joined by newlines, since the index reads strings) and over what was said.
// The folding analyzer lower-cases and strips accents, so "zelenskyy",
// "Zelenskyy" and "Zélensky" meet the same tokens.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Actor|Territory|Event) ON EACH [n.name, n.aliasesText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX statement_search IF NOT EXISTS
FOR (n:Statement) ON EACH [n.quote, n.paraphrase]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
