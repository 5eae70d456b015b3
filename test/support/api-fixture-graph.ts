// A small graph of its own for each test file, written with the seeder's own
// validator and writer, with ids unique to the run so that it can sit next to
// the seeded articles and be removed afterwards without touching them.
import { randomBytes } from 'node:crypto';
import { stringify } from 'yaml';
import type { Executor } from '../../src/db/executor';
import { seedCorpus } from '../../src/seed/seeder';
import { validateCorpus } from '../../src/seed/validate-corpus';

export interface FixtureGraph {
  /** Unique lower-case token in every id and name of the fixture. */
  token: string;
  articleId: string;
  actorIds: string[];
  territoryId: string;
  eventId: string;
  /** Ids of statement a (dated to the day, sets its demand) and b (dated to the month, rejects the next actor's demand) of actor i. */
  statementIds: { a: string; b: string }[];
  demandIds: string[];
  /** The unusual word the quote of actor 1's statement a holds, for full-text search. */
  quoteWord: string;
  remove(): Promise<void>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `actorCount` actors "Fixture <token> Speaker NN"; actor 01 is "Ana <token> Pérez"
 * with the alias "Señora <token>". Each actor makes two statements: one that
 * sets its own demand (a PRECONDITION addressed to the next actor) and one
 * that rejects the next actor's demand. Actor 01 claims the territory, actor
 * 02 controls it since 2014; actor 01 speaks for actor 02.
 */
export async function seedFixtureGraph(executor: Executor, actorCount = 25): Promise<FixtureGraph> {
  const token = `t${randomBytes(4).toString('hex')}`;
  const articleId = `article-${token}`;
  const file = `${token}.txt`;
  const actorIds = Array.from({ length: actorCount }, (_, i) => `actor-${token}-${pad(i + 1)}`);
  const demandIds = actorIds.map((_, i) => `demand-${token}-${pad(i + 1)}`);
  const statementIds = actorIds.map((_, i) => ({
    a: `stmt-${token}-${pad(i + 1)}-a`,
    b: `stmt-${token}-${pad(i + 1)}-b`,
  }));
  const territoryId = `territory-${token}`;
  const eventId = `event-${token}`;
  const quoteWord = `zq${token}`;

  const quote = `${quoteWord} ceasefire words`;
  const text = [
    `Fixture ${token}: a made-up report.`,
    `The speaker said "${quote}" on Monday.`,
    ...actorIds.map((_, i) => `Speaker ${pad(i + 1)} spoke.`),
  ].join('\n');
  const quoteStart = text.indexOf(quote);
  const evidence = { start: 0, end: text.indexOf('\n') };
  const codebook = 'PLOVER 2021-10 / CAMEO 1.1b3';
  const next = (i: number) => (i + 1) % actorCount;

  const doc = {
    article: {
      id: articleId,
      file,
      title: `Fixture ${token} report`,
      titleIsHeadline: false,
      outlet: null,
      published: { value: '2023-05-10', precision: 'DAY', cue: 'fixture', inferred: false },
    },
    actors: actorIds.map((id, i) =>
      i === 0
        ? { id, name: `Ana ${token} Pérez`, kind: 'PERSON', aliases: [`Señora ${token}`], country: 'UA' }
        : { id, name: `Fixture ${token} Speaker ${pad(i + 1)}`, kind: i % 2 === 0 ? 'PERSON' : 'STATE', aliases: [] },
    ),
    territories: [
      { id: territoryId, name: `Fixtureland ${token}`, aliases: [`Fíxtúrelánd ${token}`], status: 'DISPUTED' },
    ],
    events: [
      {
        id: eventId,
        name: `Fixture ${token} talks`,
        kind: 'TALKS',
        date: { value: '2023-01', precision: 'MONTH', cue: 'fixture', inferred: true },
        participants: [actorIds[0], actorIds[1]],
        territories: [territoryId],
        article: articleId,
      },
    ],
    statements: actorIds.flatMap((speaker, i) => [
      {
        id: statementIds[i].a,
        speaker,
        date: { value: `2023-01-${pad(i + 1)}`, precision: 'DAY', cue: 'fixture', inferred: false },
        ...(i === 0 ? { quote: { text: quote, start: quoteStart, end: quoteStart + quote.length } } : { evidence }),
        paraphrase: `Speaker ${pad(i + 1)} sets a precondition.`,
        plover: { type: 'CONSULT', mode: null, cameo: '012', codebook },
        targets: [actorIds[next(i)]],
        mentions: i === 0 ? [territoryId, eventId] : [],
        demands: [{ demand: demandIds[i], stance: 'SETS' }],
      },
      {
        id: statementIds[i].b,
        speaker,
        onBehalfOf: i === 0 ? actorIds[1] : null,
        date: { value: '2023-02', precision: 'MONTH', cue: 'fixture', inferred: true },
        paraphrase: `Speaker ${pad(i + 1)} rejects the next precondition.`,
        evidence,
        plover: { type: 'REJECT', mode: null, cameo: '120', codebook },
        demands: [{ demand: demandIds[next(i)], stance: 'REJECTS' }],
      },
    ]),
    demands: actorIds.map((owner, i) => ({
      id: demandIds[i],
      summary: `Fixture ${token} precondition ${pad(i + 1)}`,
      kind: i % 2 === 0 ? 'PRECONDITION' : 'DEMAND',
      topic: i === 0 ? 'TERRITORY' : 'CEASEFIRE',
      owner,
      addressedTo: [actorIds[next(i)]],
      territories: i === 0 ? [territoryId] : [],
    })),
    relations: [
      {
        type: 'SPEAKS_FOR',
        from: actorIds[0],
        to: actorIds[1],
        article: articleId,
        statement: null,
        since: null,
        role: 'Envoy',
      },
      {
        type: 'CLAIMS',
        from: actorIds[0],
        to: territoryId,
        article: articleId,
        statement: statementIds[0].a,
        since: null,
      },
      {
        type: 'CONTROLS',
        from: actorIds[1],
        to: territoryId,
        article: articleId,
        statement: null,
        since: { value: '2014', precision: 'YEAR', cue: 'since 2014', inferred: false },
      },
    ],
  };

  const corpus = validateCorpus({
    files: [{ path: `fixture/${token}.yaml`, content: stringify(doc) }],
    articleTexts: new Map([[file, text]]),
  });
  await seedCorpus(executor, corpus);
  return {
    token,
    articleId,
    actorIds,
    territoryId,
    eventId,
    statementIds,
    demandIds,
    quoteWord,
    remove: () => removeByToken(executor, token),
  };
}

/**
 * Forgets a suite's writes: deletes every node whose id holds the token or
 * is one of `ids` (nodes a suite wrote under ids without its token), with
 * their edges, and the annotation corpus's items that hold the token or are
 * declared in a file whose name holds it (src/repositories/annotation-store.ts),
 * advancing the corpus's edition so every process reads it again; then the
 * annotation log's entries that name the token and the change feed's
 * records of those nodes. The corpus, the graph and the feed stay equal for
 * the suites that run next in the same store: a feed record left behind for
 * a deleted item would make `knownAt` replay an item the graph no longer holds.
 */
export async function removeByToken(executor: Executor, token: string, ids: readonly string[] = []): Promise<void> {
  await executor.writeTransaction(async (tx) => {
    await tx.run('MATCH (n:Entity) WHERE n.id CONTAINS $token OR n.id IN $ids DETACH DELETE n', { token, ids });
    const items = await tx.run(
      // By key, and by file: a drafted file may declare actors whose ids do not hold the token.
      'MATCH (i:AnnotationItem) WHERE i.key CONTAINS $token OR i.home CONTAINS $token DELETE i RETURN count(i) AS deleted',
      { token },
    );
    if ((items.records[0].get('deleted') as number) > 0)
      await tx.run("MATCH (c:AnnotationCorpus {name: 'main'}) SET c.edition = c.edition + 1");
    await tx.run('MATCH (c:AnnotationChange) WHERE c.payload CONTAINS $token DELETE c', { token });
    await tx.run(
      `MATCH (c:Change)
       WHERE c.id CONTAINS $token OR c.from CONTAINS $token OR c.to CONTAINS $token OR c.key CONTAINS $token
          OR c.id IN $ids OR c.from IN $ids OR c.to IN $ids
       DELETE c`,
      { token, ids },
    );
  });
}
