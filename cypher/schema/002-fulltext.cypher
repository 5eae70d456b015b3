// Created before the range indexes (003): Neo4j populates new indexes a
// couple at a time in the order they were created, and over an imported
// graph these two take longest (statement_search 5 s of the schema's 13 at
// 100k statements), so started first they run beside the range ones
// instead of after them (the 19 indexes over the 100k store, dropped and
// built again: 3.6-4.6 s against 4.3-6.7 s in alternating rounds).
// Full-text search over names and every alias (aliasesText is the aliases
// joined by newlines, since the index reads strings) and over what was said.
// The folding analyzer lower-cases and strips accents, so "zelenskyy",
// "Zelenskyy" and "Zélensky" meet the same tokens.
// Eventually consistent: a commit hands its changes to a background thread
// instead of indexing them itself. Indexing statements' text was most of
// the cost of writing them (4,100 statements/s with the index
// updated in the commit, 10,600/s without), and the background thread uses
// the core the writer leaves idle. Whoever writes then waits for the index
// to catch up (db.index.fulltext.awaitEventuallyConsistentIndexRefresh,
// after seeding and after each annotation change:
// src/db/search-index-refresh.ts), so a search run after a write still
// finds what it wrote.
// Stores created before this keep their (consistent) indexes: correct, only
// slower to seed; drop both indexes and start once to recreate them.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Actor|Territory|Event) ON EACH [n.name, n.aliasesText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX statement_search IF NOT EXISTS
FOR (n:Statement) ON EACH [n.quote, n.paraphrase]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
