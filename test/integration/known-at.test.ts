import { randomBytes } from 'node:crypto';
import type { Viewer } from '../../src/http/viewer';
import { removeByToken } from '../support/api-fixture-graph';
import { queryData, runGraphql } from '../support/api-graphql';
import type { Data } from '../support/api-graphql';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// knownAt against a recording: a scripted series of writes (add a demand,
// add a rejection, edit the stance, retract the rejecting statement), the
// answer read after each with its time; then each time asked as knownAt
// must give back the answer recorded then, the retracted statement too.
describe('knownAt: the graph as this service knew it at an instant', () => {
  let db: TestDatabase;
  const token = `k${randomBytes(4).toString('hex')}`;
  const editor: Viewer = { name: 'known-at-editor', role: 'editor' };
  const ids = {
    article: `article-${token}`,
    raising: `stmt-${token}-01`,
    answering: `stmt-${token}-02`,
    demand: `demand-${token}-guarantees`,
  };
  const raisingQuote = 'Guarantees must come first';
  const answeringQuote = 'We do not accept that';
  const text = `Report ${token}\nThe spokesman said: "${raisingQuote}." Kyiv replied: "${answeringQuote}."\n`;
  const plover = { type: 'REQUEST', cameo: '020' };
  const quoteOf = (quote: string) => ({
    text: quote,
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
  });

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await removeByToken(db.executor, token);
    await db.close();
  });

  const write = async (source: string, variables: Record<string, unknown>) => {
    const { result } = await runGraphql(db.executor, source, variables, editor);
    expect(result.errors).toBeUndefined();
  };
  const SHOWN = `status(knownAt: $knownAt) { state raisedBy { id } acceptedBy { id } rejectedBy { id } }
    lifecycle(knownAt: $knownAt) { kind stance date { value } statement { id paraphrase date { value } } actor { id } onBehalfOf { id } }`;
  const REJECTIONS = `totalCount pageInfo { hasNextPage hasPreviousPage }
    nodes { rejecter { id } onBehalfOf { id } statement { id paraphrase } demand { id kind } owner { id } article { id } date { value } }`;
  /** The demand's status and lifecycle, and the rejections of Russia's demands, newest first. */
  const answer = async (knownAt: string | null): Promise<Data> => {
    const data = await queryData(
      db.executor,
      `query($id: ID!, $knownAt: String) {
        demand(id: $id) { ${SHOWN} }
        rejections(owner: "actor-russia", sort: DATE_DESC, first: 100, knownAt: $knownAt) { ${REJECTIONS} }
      }`,
      { id: ids.demand, knownAt },
    );
    return { ...data.demand, rejections: data.rejections };
  };
  /** The instant just after a write answered: later than its records, earlier than the next write's. */
  const instant = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    return now;
  };

  it('gives back, for each instant, the answer recorded then', async () => {
    await write(`mutation($input: AddArticleInput!) { addArticle(input: $input) { id } }`, {
      input: {
        id: ids.article,
        file: `${token}.txt`,
        title: `Report ${token}`,
        titleIsHeadline: true,
        published: { value: '2025-03-10', precision: 'DAY', cue: 'fixture', inferred: false },
        text,
      },
    });
    const ADD_STATEMENT = `mutation($input: AddStatementInput!) { addStatement(input: $input) { id } }`;
    await write(ADD_STATEMENT, {
      input: {
        id: ids.raising,
        article: ids.article,
        speaker: 'actor-dmitry-peskov',
        onBehalfOf: 'actor-kremlin',
        date: { value: '2025-03-02', precision: 'DAY', cue: 'fixture', inferred: false },
        quote: quoteOf(raisingQuote),
        paraphrase: `Peskov: guarantees first (${token}).`,
        plover,
        targets: ['actor-ukraine'],
      },
    });
    await write(ADD_STATEMENT, {
      input: {
        id: ids.answering,
        article: ids.article,
        speaker: 'actor-volodymyr-zelensky',
        date: { value: '2025-03-05', precision: 'DAY', cue: 'fixture', inferred: false },
        quote: quoteOf(answeringQuote),
        paraphrase: `Zelensky does not accept it (${token}).`,
        plover: { type: 'REJECT', cameo: '120' },
        targets: ['actor-russia'],
      },
    });
    const before = await instant();

    const recorded: { at: string; answer: Data }[] = [];
    const step = async (source: string, variables: Record<string, unknown>) => {
      await write(source, variables);
      const at = await instant();
      recorded.push({ at, answer: await answer(null) });
    };
    await step(`mutation($input: AddDemandInput!) { addDemand(input: $input) { id } }`, {
      input: {
        id: ids.demand,
        article: ids.article,
        summary: 'Security guarantees before any ceasefire',
        kind: 'PRECONDITION',
        topic: 'SECURITY_GUARANTEES',
        owner: 'actor-russia',
        addressedTo: ['actor-ukraine'],
        setBy: ids.raising,
      },
    });
    await step(`mutation($input: AddRejectionInput!) { addRejection(input: $input) { date { value } } }`, {
      input: { statement: ids.answering, demand: ids.demand },
    });
    const UPDATE = `mutation ($kind: AnnotationKind!, $id: String!, $item: String!) { updateAnnotation(kind: $kind, id: $id, item: $item) { edition } }`;
    await step(UPDATE, { kind: 'STANCE', id: `${ids.answering}/${ids.demand}`, item: '{"stance": "ACCEPTS"}' });
    const RETRACT = `mutation ($kind: AnnotationKind!, $id: String!, $cascade: Boolean) { retractAnnotation(kind: $kind, id: $id, cascade: $cascade) { edition } }`;
    await step(RETRACT, { kind: 'STATEMENT', id: ids.answering, cascade: true });

    // The script moved the demand through every state it means to, and the recording shows it.
    expect(recorded.map(({ answer: recordedAnswer }) => recordedAnswer.status.state)).toEqual([
      'OPEN',
      'REJECTED',
      'ACCEPTED',
      'OPEN',
    ]);
    expect(recorded[1].answer.status.rejectedBy).toEqual([{ id: 'actor-volodymyr-zelensky' }]);
    expect(recorded[1].answer.lifecycle.map((item: Data) => [item.kind, item.statement.id])).toEqual([
      ['RAISED', ids.raising],
      ['REJECTED', ids.answering],
    ]);

    // The rejections of Russia's demands gained the scripted one, then lost it when its stance turned.
    expect(recorded.map(({ answer: recordedAnswer }) => recordedAnswer.rejections.totalCount)).toEqual([
      recorded[0].answer.rejections.totalCount,
      recorded[0].answer.rejections.totalCount + 1,
      recorded[0].answer.rejections.totalCount,
      recorded[0].answer.rejections.totalCount,
    ]);
    expect(recorded[1].answer.rejections.nodes[0].statement.id).toBe(ids.answering);

    for (const { at, answer: then } of recorded) expect({ at, answer: await answer(at) }).toEqual({ at, answer: then });
    // Before the demand was written, nothing raised it; the retracted statement is gone now, kept for the past.
    const empty = await answer(before);
    expect(empty).toEqual({
      status: { state: 'NOT_RAISED', raisedBy: [], acceptedBy: [], rejectedBy: [] },
      lifecycle: [],
      rejections: recorded[0].answer.rejections,
    });
    expect(
      (await queryData(db.executor, `query($id: ID!) { node(id: $id) { id } }`, { id: ids.answering })).node,
    ).toBeNull();
  });

  it('answers the rejection lists as now for an instant after the last write, with every filter and page', async () => {
    const later = new Date(Date.now() + 60_000).toISOString();
    const lists = [
      'first: 100',
      'first: 100, asOf: "2023"',
      'first: 100, asOf: "2024-06-14", demandKind: PRECONDITION',
      'rejecter: "actor-kremlin", sort: DATE_DESC, first: 3',
      'actor: "actor-ukraine", dateFrom: "2022-12", dateTo: "2024"',
      'last: 2, sort: DATE_DESC',
    ];
    const ask = async (list: string, knownAt: string | null) =>
      (
        await queryData(
          db.executor,
          `query($knownAt: String) { rejections(${list}, knownAt: $knownAt) { ${REJECTIONS} edges { cursor } } }`,
          { knownAt },
        )
      ).rejections;
    for (const list of lists) {
      const now = await ask(list, null);
      expect({ list, known: await ask(list, later) }).toEqual({ list, known: now });
    }
    // The cursors page alike: the page after the first three, as known, is the page after them now.
    const firstThree = await ask('first: 3', null);
    const after = `first: 3, after: "${firstThree.edges[2].cursor}"`;
    expect(await ask(after, later)).toEqual(await ask(after, null));
    expect((await ask('first: 100', null)).totalCount).toBeGreaterThan(10);
  });

  it('refuses an instant before the latest seed run, and one that is not an instant, with BAD_USER_INPUT', async () => {
    const seeded = await db.executor.readTransaction((tx) =>
      tx.run("MATCH (c:Change {kind: 'seeded'}) RETURN count(c) AS runs"),
    );
    expect(seeded.records[0].get('runs')).toBeGreaterThan(0);
    for (const [knownAt, message] of [
      ['2001-01-01T00:00:00Z', /latest seed run/],
      ['yesterday', /ISO 8601/],
      ['2026-12-04T10:00:00', /ISO 8601/],
    ] as const) {
      const { result } = await runGraphql(
        db.executor,
        `query($knownAt: String) { demands(first: 1) { nodes { status(knownAt: $knownAt) { state } } } }`,
        { knownAt },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.argument).toBe('knownAt');
      expect(result.errors?.[0]?.message).toMatch(message);
    }
  });
});
