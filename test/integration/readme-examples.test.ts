import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { repoRoot } from '../../src/config';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { postGraphql, startTestServer } from '../support/test-server';

// The README's GraphQL blocks are what a new user pastes first: each must
// be valid against the schema, each query must answer without errors from
// the seeded graph, and what the README's prose says they find must hold.
const README = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
const queries = blocks.filter((source) => !source.trimStart().startsWith('subscription'));

describe("the README's example operations", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const answers: any[] = [];

  beforeAll(async () => {
    server = await startTestServer({ SEED_ON_START: 'false' });
    for (const source of queries) answers.push(await postGraphql(server.origin, source));
  });
  afterAll(() => server.close());

  it('has queries and a subscription, each valid against the schema', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(3);
    expect(blocks.length).toBeGreaterThan(queries.length);
    const schema = await graphqlSchema();
    for (const source of blocks) expect(validate(schema, parse(source))).toEqual([]);
  });

  it('answers every query without errors', () => {
    expect(answers).toHaveLength(queries.length);
    for (const { status, body } of answers) {
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
    }
  });

  it("finds the 7 rejected preconditions the prose names, Peskov's among them", () => {
    const index = queries.findIndex((source) => source.includes('WhoRejectedWhosePrecondition'));
    const { rejections } = answers[index].body.data;
    expect(rejections.totalCount).toBe(7);
    expect(rejections.nodes).toContainEqual(
      expect.objectContaining({
        rejecter: { name: 'Dmitry Peskov' },
        owner: { name: 'Joe Biden' },
        date: expect.objectContaining({ value: '2022-12-02' }),
        statement: expect.objectContaining({ text: expect.stringContaining('Well, clearly not') }),
      }),
    );
  });

  it('finds Zelensky first from his name in Cyrillic', () => {
    const index = queries.findIndex((source) => source.includes('nameSearch'));
    expect(answers[index].body.data.nameSearch[0].node.name).toBe('Volodymyr Zelensky');
  });
});
