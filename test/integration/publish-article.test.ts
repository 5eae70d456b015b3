import { randomBytes } from 'node:crypto';
import YAML from 'yaml';
import type { Viewer } from '../../src/http/viewer';
import { removeByToken } from '../support/api-fixture-graph';
import { runGraphql } from '../support/api-graphql';
import { connectTestDatabase } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';

// publishArticle: a whole annotation file through the editorial path, with
// the new actors and relations it declares; and the drafting path end to
// end: a text drafted by draftAnnotations is published as it stands. Every
// id holds a token, so the afterAll removes what the suite wrote, nodes and
// change-log entries, from the store the worker's other suites share.
describe('publishing an annotated article', () => {
  let db: TestDatabase;
  const token = `t${randomBytes(4).toString('hex')}`;
  const editor: Viewer = { name: 'test-editor', role: 'editor' };
  const quote = 'The envoys will meet again in June';
  const text = `Envoys agree to meet ${token}\nThe envoy said: "${quote}." Moscow said the ceasefire plan was unacceptable.\n`;
  const annotation = {
    article: {
      id: `article-${token}`,
      file: `${token}.txt`,
      title: `Envoys agree to meet ${token}`,
      titleIsHeadline: true,
      outlet: null,
      published: { value: '2025-05-16', precision: 'DAY', cue: 'fixture', inferred: true },
    },
    actors: [{ id: `actor-${token}-envoy`, name: `Envoy ${token}`, kind: 'PERSON', aliases: ['the envoy'] }],
    statements: [
      {
        id: `stmt-${token}-01`,
        speaker: `actor-${token}-envoy`,
        date: { value: '2025-05-16', precision: 'DAY', cue: 'fixture', inferred: true },
        quote: { text: quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length },
        paraphrase: 'The envoy says the envoys will meet again in June.',
        plover: { type: 'CONSULT', mode: null, cameo: '010', codebook: 'PLOVER 2021-10 / CAMEO 1.1b3' },
        demands: [{ demand: `demand-${token}-meet`, stance: 'SETS' }],
      },
    ],
    demands: [
      {
        id: `demand-${token}-meet`,
        summary: 'The envoys must meet again in June',
        kind: 'PROPOSAL',
        topic: 'NEGOTIATION_FORMAT',
        owner: `actor-${token}-envoy`,
        addressedTo: ['actor-russia'],
      },
    ],
    relations: [{ type: 'SPEAKS_FOR', from: `actor-${token}-envoy`, to: 'actor-ukraine', article: `article-${token}` }],
  };

  const PUBLISH = `mutation ($text: String!, $annotation: String!) {
    publishArticle(text: $text, annotation: $annotation) { id title statements { totalCount nodes { id speaker { id name } } } }
  }`;
  const publish = (variables: Record<string, unknown>, viewer: Viewer | null = editor) =>
    runGraphql(db.executor, PUBLISH, variables, viewer);
  const logged = async (fragment: string) =>
    (
      await db.executor.readTransaction((tx) =>
        tx.run('MATCH (c:AnnotationChange) WHERE c.payload CONTAINS $fragment RETURN c.author AS author', {
          fragment,
        }),
      )
    ).records.map((record) => record.get('author'));
  const cleanUp: string[] = [token];

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    for (const fragment of cleanUp) {
      await removeByToken(db.executor, fragment);
    }
    await db.close();
  });

  it('writes the article with a new speaker and its relation, logged with the key name', async () => {
    const { result } = await publish({ text, annotation: YAML.stringify(annotation) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.publishArticle).toEqual({
      id: `article-${token}`,
      title: `Envoys agree to meet ${token}`,
      statements: {
        totalCount: 1,
        nodes: [{ id: `stmt-${token}-01`, speaker: { id: `actor-${token}-envoy`, name: `Envoy ${token}` } }],
      },
    });
    const relations = await runGraphql(
      db.executor,
      `{ actor(id: "actor-${token}-envoy") { relations { edges { type node { id } article { id } } } demands { nodes { id } } } }`,
    );
    expect(relations.result.data?.actor).toEqual({
      relations: {
        edges: [{ type: 'SPEAKS_FOR', node: { id: 'actor-ukraine' }, article: { id: `article-${token}` } }],
      },
      demands: { nodes: [{ id: `demand-${token}-meet` }] },
    });
    expect(await logged(`article-${token}`)).toEqual(['test-editor']);
  });

  it('refuses the same article twice, and an annotation that breaks a rule, writing nothing', async () => {
    const again = await publish({ text, annotation: JSON.stringify(annotation) });
    expect(again.result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const other = `${token}b`;
    const broken = JSON.parse(JSON.stringify(annotation).replaceAll(token, other));
    broken.statements[0].quote.start += 1;
    const refused = await publish({ text: text.replaceAll(token, other), annotation: JSON.stringify(broken) });
    const error = refused.result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error?.extensions?.problems)).toMatch(/quote/);
    const written = await db.executor.readTransaction((tx) =>
      tx.run('MATCH (n:Entity) WHERE n.id CONTAINS $other RETURN count(n) AS count', { other }),
    );
    expect(Number(written.records[0].get('count'))).toBe(0);
  });

  it('names the line and column in the annotation sent of each problem, YAML or JSON', async () => {
    const other = `${token}c`;
    const otherText = text.replaceAll(token, other);
    const broken = JSON.parse(JSON.stringify(annotation).replaceAll(token, other));
    broken.statements[0].quote = {
      text: quote,
      start: otherText.indexOf(quote),
      end: otherText.indexOf(quote) + quote.length,
    };
    broken.statements[0].speaker = `actor-${other}-nobody`;
    for (const sent of [YAML.stringify(broken), JSON.stringify(broken, null, 2)]) {
      const refused = await publish({ text: otherText, annotation: sent });
      const error = refused.result.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      const lines = sent.split('\n');
      const line = lines.findIndex((candidate) => candidate.includes(`actor-${other}-nobody`));
      const column = lines[line].indexOf(`actor-${other}-nobody`) + 1 - (sent.startsWith('{') ? 1 : 0);
      expect(error?.extensions?.problems).toContainEqual(
        expect.objectContaining({
          path: 'statements[0].speaker',
          item: `stmt-${other}-01`,
          argument: 'annotation',
          line: line + 1,
          column,
        }),
      );
      expect(error?.message).toContain(`(annotation line ${line + 1}, column ${column})`);
    }
  });

  it('refuses what is not one annotation file, and a reader key', async () => {
    for (const bad of ['- a list', 'article: [unclosed', 'title: no header']) {
      const { result } = await publish({ text, annotation: bad });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const { result } = await publish({ text, annotation: '{}' }, { name: 'r', role: 'reader' });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('publishes a draft of draftAnnotations as it stands', async () => {
    const file = `${token}d.txt`;
    cleanUp.push(`${token}d`);
    const article = `Kremlin rejects talks offer ${token}\nKremlin spokesman Dmitry Peskov said on Tuesday that "there can be no talks until Ukraine withdraws". Ukraine rejected the demand.\n`;
    const drafted = await runGraphql(
      db.executor,
      `mutation ($text: String!, $file: String) { draftAnnotations(text: $text, date: "2025-05-20", file: $file) { yaml json } }`,
      { text: article, file },
      editor,
    );
    expect(drafted.result.errors).toBeUndefined();
    const draft = drafted.result.data?.draftAnnotations as { yaml: string; json: string };
    const document = JSON.parse(draft.json) as { article: { id: string }; statements: { id: string }[] };
    // The drafted ids come from the file name, so the token's clean-up reaches them.
    expect(document.article.id).toContain(token);
    expect(document.statements.length).toBeGreaterThan(0);
    const { result } = await publish({ text: article, annotation: draft.yaml });
    expect(result.errors).toBeUndefined();
    expect(result.data?.publishArticle).toMatchObject({
      id: document.article.id,
      statements: { totalCount: document.statements.length },
    });
  });
});
