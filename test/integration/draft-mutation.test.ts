import fs from 'node:fs';
import path from 'node:path';
import { startAppWith } from '../support/api-app';
import type { AppUnderTest } from '../support/api-app';
import { connectTestDatabase } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';

// draftAnnotations over HTTP: an editor drafts a seed article from its text
// alone and gets a file the validator takes, with the suggestions beside it.
const readerKey = 'reader-key-0123456789';
const editorKey = 'editor-key-0123456789';
const ARTICLE = path.join(__dirname, '..', '..', 'seed', 'articles', '002_92005621ab9b2851.txt');

const DRAFT = `mutation ($text: String!, $date: String) {
  draftAnnotations(text: $text, date: $date, file: "002_92005621ab9b2851.txt") {
    yaml json lexicon suggestions { path confidence cues }
  }
}`;

describe('the draftAnnotations mutation', () => {
  let db: TestDatabase;
  let app: AppUnderTest;
  beforeAll(async () => {
    db = connectTestDatabase();
    app = await startAppWith(db.executor, { API_KEYS: `rita:${readerKey}:reader,ed:${editorKey}:editor` });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const send = async (variables: Record<string, unknown>, key?: string) => {
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query: DRAFT, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
    return { status: response.status, body, code: body.errors?.[0]?.extensions?.code };
  };

  it('drafts the rejection "Well, clearly not" with its speaker, and every item as a suggestion', async () => {
    const text = fs.readFileSync(ARTICLE, 'utf8');
    const { status, body } = await send({ text, date: '2022-12-02' }, editorKey);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    const draft = body.data.draftAnnotations;
    const annotation = JSON.parse(draft.json) as { statements: { speaker: string; quote: { text: string } | null }[] };
    const rejection = annotation.statements.find((statement) => statement.quote?.text === 'Well, clearly not');
    expect(rejection?.speaker).toBe('actor-dmitry-peskov');
    expect(draft.yaml).toContain('Well, clearly not');
    expect(draft.lexicon).toMatch(/\d+\.\d+\.\d+/);
    expect(draft.suggestions.length).toBeGreaterThan(annotation.statements.length);
    for (const suggestion of draft.suggestions) {
      expect(suggestion.confidence).toBeGreaterThan(0);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('needs an editor key, like every mutation', async () => {
    expect((await send({ text: 'Peskov said "no".' })).code).toBe('UNAUTHENTICATED');
    expect((await send({ text: 'Peskov said "no".' }, readerKey)).code).toBe('FORBIDDEN');
  });

  it('refuses empty text and a malformed date with BAD_USER_INPUT', async () => {
    for (const variables of [{ text: '   ' }, { text: 'Peskov said "no".', date: '2022-13-45' }]) {
      const { status, code } = await send(variables, editorKey);
      expect({ status, code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    }
  });
});
