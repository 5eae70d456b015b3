import { repoRoot } from '../../src/config';
import path from 'node:path';
import type { Corpus } from '../../src/seed/corpus';
import { graphCounts } from '../../src/seed/graph-counts';
import { loadCorpus } from '../../src/seed/load-corpus';
import { seedCorpus } from '../../src/seed/seeder';
import { foldForSearch } from '../../src/text/fold';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The five articles as global setup seeded them, read back through Bolt and
// checked against the annotation files and the article texts themselves.
describe('the seeded graph of the five articles', () => {
  let db: TestDatabase;
  let corpus: Corpus;

  beforeAll(async () => {
    db = connectTestDatabase();
    corpus = await loadCorpus(path.join(repoRoot, 'seed'));
  });
  afterAll(() => db.close());

  const rows = <T>(cypher: string, params: Record<string, unknown> = {}) =>
    db.executor.readTransaction((tx) => tx.run(cypher, params).then((r) => r.records.map((x) => x.toObject() as T)));

  it('holds all five articles with their full text and its sha256', async () => {
    const articles = await rows<{ file: string; length: number; sha256: string }>(
      'MATCH (a:Article) RETURN a.file AS file, size(a.text) AS length, a.sha256 AS sha256 ORDER BY file',
    );
    expect(articles.map((a) => a.file)).toEqual(corpus.articles.map((a) => a.file).sort());
    expect(articles).toHaveLength(5);
    for (const article of articles) {
      const source = corpus.articles.find((a) => a.file === article.file)!;
      expect(article.length).toBe(source.text.length);
      expect(article.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('has every quote equal to its article text at its offsets', async () => {
    const quotes = await rows<{ id: string; quote: string; excerpt: string }>(
      `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE s.quote IS NOT NULL
       RETURN s.id AS id, s.quote AS quote, substring(a.text, s.quoteStart, s.quoteEnd - s.quoteStart) AS excerpt`,
    );
    expect(quotes.length).toBe(corpus.statements.filter((s) => s.quote).length);
    expect(quotes.length).toBeGreaterThan(10);
    for (const { id, quote, excerpt } of quotes) expect({ id, text: excerpt }).toEqual({ id, text: quote });
  });

  it('flags every statement without a quote as a paraphrase with its evidence span', async () => {
    const paraphrases = await rows<{ id: string; evidence: string }>(
      `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE s.isParaphrase
       RETURN s.id AS id, substring(a.text, s.evidenceStart, s.evidenceEnd - s.evidenceStart) AS evidence`,
    );
    expect(paraphrases.length).toBe(corpus.statements.filter((s) => !s.quote).length);
    for (const { evidence } of paraphrases) expect(evidence.trim().length).toBeGreaterThan(0);
  });

  it('resolves each alias, whatever its case and accents, to exactly one actor', async () => {
    for (const actor of corpus.actors) {
      for (const alias of [actor.name, ...actor.aliases]) {
        const found = await rows<{ id: string }>(
          'MATCH (a:Actor) WHERE $alias IN split(a.searchText, "\n") RETURN a.id AS id',
          { alias: foldForSearch(alias.toUpperCase()) },
        );
        expect({ alias, actors: found.map((f) => f.id) }).toEqual({ alias, actors: [actor.id] });
      }
    }
  });

  it('walks who rejected whose precondition for every rejection the annotations report', async () => {
    const expected = corpus.statements
      .flatMap((s) => s.demands.filter((d) => d.stance === 'REJECTS').map((d) => ({ s, demandId: d.demand })))
      .map(({ s, demandId }) => ({
        rejecterId: s.speaker,
        demandId,
        ownerId: corpus.demands.find((d) => d.id === demandId)!.owner,
        statementId: s.id,
        articleId: s.article,
      }));
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const walked = await db.executor.read<{
      rejecterId: string;
      demandId: string;
      ownerId: string;
      statementId: string;
      articleId: string;
      words: string;
    }>('who-rejected-whose-demand');
    const key = (r: { statementId: string; demandId: string }) => `${r.statementId}→${r.demandId}`;
    expect(
      walked
        .map((r) => ({
          rejecterId: r.rejecterId,
          demandId: r.demandId,
          ownerId: r.ownerId,
          statementId: r.statementId,
          articleId: r.articleId,
        }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    ).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    for (const row of walked) expect(row.words.length).toBeGreaterThan(0);
  });

  it('leaves every node and edge count unchanged when the corpus is seeded again', async () => {
    const before = await graphCounts(db.executor);
    const result = await seedCorpus(db.executor, corpus);
    expect(result.nodesWritten).toBeGreaterThan(50);
    expect(await graphCounts(db.executor)).toEqual(before);
  });
});
