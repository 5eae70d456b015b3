import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAppWith } from '../support/api-app';
import type { AppUnderTest } from '../support/api-app';
import { connectTestDatabase } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';
import { loadCorpus } from '../../src/seed/load-corpus';
import { seedCorpus } from '../../src/seed/seeder';

// The name search against the real full-text index: the spellings people
// type (transliterations, typos, other endings, Cyrillic, parts of a name)
// and what each finds first. Two negotiators of the 2025 Istanbul talks
// join the five articles' actors for the spellings of the names readers
// tried first; they are removed afterwards, since the store is shared.
const NEGOTIATORS = `actors:
  - id: actor-vladimir-medinsky
    name: Vladimir Medinsky
    kind: PERSON
    aliases: [Medinsky, Vladimir Medinsky]
    description: Head of the Russian delegation at the 2025 Istanbul talks.
    country: RU
  - id: actor-rustem-umerov
    name: Rustem Umerov
    kind: PERSON
    aliases: [Umerov, Rustem Umerov]
    description: Defence Minister of Ukraine, head of its delegation at the 2025 Istanbul talks.
    country: UA
`;

/** What was typed, and the id that must come first. */
const SPELLINGS: [string, string][] = [
  ['medinskiy', 'actor-vladimir-medinsky'],
  ['Medinski', 'actor-vladimir-medinsky'],
  ['Мединский', 'actor-vladimir-medinsky'],
  ['rustam umerov', 'actor-rustem-umerov'],
  ['Zelensky', 'actor-volodymyr-zelensky'],
  ['zelenskiy', 'actor-volodymyr-zelensky'],
  ['Зеленский', 'actor-volodymyr-zelensky'],
  ['Volodimir Zelenskyy', 'actor-volodymyr-zelensky'],
  ['Путин', 'actor-vladimir-putin'],
  ['vladimir poutine', 'actor-vladimir-putin'],
  ['peskow', 'actor-dmitry-peskov'],
  ['Dmitri Peskov', 'actor-dmitry-peskov'],
  ['kremlin spokesman', 'actor-dmitry-peskov'],
  ['Кулеба', 'actor-dmytro-kuleba'],
  ['Dmitro Kuleba', 'actor-dmytro-kuleba'],
  ['crimean peninsula', 'territory-crimea'],
  ['Interfaks', 'actor-interfax'],
  ['Rossiya 1', 'actor-rossiya-1'],
];

describe('the name search finds people as people type them', () => {
  let db: TestDatabase;
  let app: AppUnderTest;
  let seedCopy: string;

  beforeAll(async () => {
    db = connectTestDatabase();
    seedCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-names-'));
    fs.cpSync(path.join(__dirname, '..', '..', 'seed'), seedCopy, { recursive: true });
    fs.writeFileSync(path.join(seedCopy, 'annotations', '_negotiators.yaml'), NEGOTIATORS);
    await seedCorpus(db.executor, await loadCorpus(seedCopy));
    app = await startAppWith(db.executor, {});
  });

  afterAll(async () => {
    await db?.executor.writeTransaction((tx) =>
      tx.run('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', {
        ids: ['actor-vladimir-medinsky', 'actor-rustem-umerov'],
      }),
    );
    await app?.close();
    await db?.close();
    fs.rmSync(seedCopy, { recursive: true, force: true });
  });

  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const SEARCH = `query ($text: String!, $labels: [NamedLabel!], $first: Int) {
    nameSearch(text: $text, labels: $labels, first: $first) { exact score node { id ... on Actor { name } ... on Territory { name } } }
  }`;
  const search = async (text: string, labels: string[] | null = null, first = 5) => {
    const { status, body } = await post(SEARCH, { text, labels, first });
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data.nameSearch as { exact: boolean; score: number; node: { id: string; name: string } }[];
  };

  it('puts the person meant first for every spelling tried', async () => {
    const table: string[] = [];
    const wrong: string[] = [];
    for (const [typed, expected] of SPELLINGS) {
      const matches = await search(typed);
      const first = matches[0]?.node;
      table.push(`| ${typed} | ${first ? first.name : '(nothing)'} | ${matches.length} |`);
      if (first?.id !== expected) wrong.push(`${typed}: ${first?.id ?? 'nothing'} instead of ${expected}`);
    }
    console.log(`| typed | found first | matches |\n|---|---|---|\n${table.join('\n')}`);
    expect(wrong).toEqual([]);
  });

  it('ranks an exact name or alias above partial matches', async () => {
    const matches = await search('Zelensky', null, 10);
    expect(matches[0]).toMatchObject({ exact: true, node: { id: 'actor-volodymyr-zelensky' } });
    expect(matches.length).toBeGreaterThan(1);
    expect(matches.slice(1).every((match) => !match.exact)).toBe(true);
    // Scores fall from the top among the rest.
    const rest = matches.slice(1).map((match) => match.score);
    expect([...rest].sort((a, b) => b - a)).toEqual(rest);
  });

  it('looks through only the labels asked for', async () => {
    const territories = await search('crimea', ['TERRITORY']);
    expect(territories.length).toBeGreaterThan(0);
    expect(territories.every((match) => match.node.id.startsWith('territory-'))).toBe(true);
  });

  it('finds nothing for words that are no name, and does not stretch short words', async () => {
    expect(await search('xqzvw')).toEqual([]);
    // "US" is an alias of the United States; one edit would make it every two-letter word.
    const us = await search('US', ['ACTOR']);
    expect(us[0]?.node.id).toBe('actor-united-states');
    expect(us.some((match) => match.node.id === 'actor-russia')).toBe(false);
  });

  it('refuses empty text, Lucene syntax alone and a bad page size with BAD_USER_INPUT', async () => {
    for (const [text, first] of [
      ['', 5],
      ['*** ~~ ""', 5],
      ['putin', 0],
      ['a'.repeat(5000), 5],
    ] as const) {
      const { status, body } = await post(SEARCH, { text, first });
      expect({ status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    }
  });
});
