import { graphCounts } from '../../src/seed/graph-counts';
import { connectTestDatabase, TestDatabase } from '../support/test-database';
import { postGraphql, startTestServer } from '../support/test-server';

// Roles: a reader key reads (even when reads need a key) but may not write.
const readerKey = 'reader-key-0123456789';
const editorKey = 'editor-key-0123456789';
const addRejection = `mutation { addRejection(input: { statement: "stmt-002-08", demand: "demand-russia-open-to-negotiations" }) { statement { id } } }`;

describe('API key roles', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let db: TestDatabase;
  beforeAll(async () => {
    db = connectTestDatabase();
    server = await startTestServer({
      API_KEYS: `rita:${readerKey}:reader,ed:${editorKey}:editor`,
      READS_REQUIRE_AUTH: 'true',
    });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('lets a reader key read when reads require a key, and refuses anonymous reads', async () => {
    const query = '{ actor(id: "actor-dmitry-peskov") { name } }';
    const anonymous = await postGraphql(server.origin, query);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const reader = await postGraphql(server.origin, query, {}, { authorization: `Bearer ${readerKey}` });
    expect(reader.body.data).toEqual({ actor: { name: 'Dmitry Peskov' } });
  });

  it('refuses a mutation from a reader key with FORBIDDEN and writes nothing', async () => {
    const before = await graphCounts(db.executor);
    const { status, body } = await postGraphql(server.origin, addRejection, {}, { 'x-api-key': readerKey });
    expect(status).toBe(403);
    expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(body.errors![0].message).toMatch(/"rita" may not change the graph/);
    expect(await graphCounts(db.executor)).toEqual(before);
  });
});
