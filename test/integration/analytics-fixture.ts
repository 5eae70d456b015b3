// Small corpora for the analytics tests, written with the real seeder into
// the run's Neo4j under ids no one else uses, analysed through the article
// scope, then deleted. Their numbers are worked out by hand in the comments.
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../src/db/executor';
import type { StatementAnnotation } from '../../src/seed/annotation.schema';
import type { Corpus, CorpusDemand, CorpusStatement } from '../../src/seed/corpus';
import { seedCorpus } from '../../src/seed/seeder';

export interface Fixture {
  prefix: string;
  /** Prefixed id of a short name: id('a1') === `${prefix}-a1`. */
  id(name: string): string;
  articles: string[];
  corpus: Corpus;
}

const plover = { type: 'CONSULT' as const, mode: null, cameo: '02', codebook: 'test' };

type StatementSpec = {
  name: string;
  speaker: string;
  date: string;
  onBehalfOf?: string;
  targets?: string[];
  demands?: [string, 'SETS' | 'REPEATS' | 'ACCEPTS' | 'REJECTS'][];
  quote?: string;
};

type DemandSpec = {
  name: string;
  owner: string;
  to: string[];
  territories?: string[];
  conflictsWith?: string[];
  kind?: string;
};

/**
 * Builds a corpus from short specs: every name is prefixed, actors are
 * declared from the names used, each article gets one text holding every quote.
 */
export function buildFixture(
  label: string,
  spec: {
    statements: StatementSpec[];
    demands: DemandSpec[];
    relations?: { type: 'SPEAKS_FOR' | 'MEMBER_OF' | 'LEADS' | 'PART_OF'; from: string; to: string }[];
    territories?: string[];
    kinds?: Record<string, string>;
  },
): Fixture {
  const prefix = `fx-${label}-${randomUUID().slice(0, 8)}`;
  const id = (name: string) => `${prefix}-${name}`;
  const article = id('article');
  const quotes = spec.statements.filter((s) => s.quote).map((s) => s.quote!);
  const text = `Fixture article ${label}. ${quotes.join(' ')}`;

  const actorNames = new Set<string>();
  spec.statements.forEach((s) =>
    [s.speaker, s.onBehalfOf, ...(s.targets ?? [])].forEach((n) => n && actorNames.add(n)),
  );
  spec.demands.forEach((d) => [d.owner, ...d.to].forEach((n) => actorNames.add(n)));
  spec.relations?.forEach((r) => [r.from, r.to].forEach((n) => actorNames.add(n)));

  const statements: CorpusStatement[] = spec.statements.map((s) => {
    const start = s.quote ? text.indexOf(s.quote) : -1;
    const statement: StatementAnnotation = {
      id: id(s.name),
      speaker: id(s.speaker),
      onBehalfOf: s.onBehalfOf ? id(s.onBehalfOf) : null,
      date: {
        value: s.date,
        precision: s.date.length === 10 ? 'DAY' : s.date.length === 7 ? 'MONTH' : 'YEAR',
        cue: 'fixture',
        inferred: false,
      },
      quote: s.quote ? { text: s.quote, start, end: start + s.quote.length } : null,
      paraphrase: `${s.speaker} says ${s.name}`,
      evidence: s.quote ? null : { start: 0, end: 10 },
      reportedBy: null,
      plover,
      targets: (s.targets ?? []).map(id),
      mentions: [],
      demands: (s.demands ?? []).map(([demand, stance]) => ({ demand: id(demand), stance })),
    };
    return { ...statement, article };
  });
  const demands: CorpusDemand[] = spec.demands.map((d) => ({
    id: id(d.name),
    summary: `Demand ${d.name} of ${d.owner}`,
    kind: (d.kind ?? 'PRECONDITION') as CorpusDemand['kind'],
    topic: 'OTHER',
    owner: id(d.owner),
    addressedTo: d.to.map(id),
    territories: (d.territories ?? []).map(id),
    conflictsWith: (d.conflictsWith ?? []).map(id),
    article,
  }));

  const corpus: Corpus = {
    articles: [
      {
        id: article,
        file: `${prefix}.txt`,
        title: `Fixture ${label}`,
        titleIsHeadline: false,
        outlet: null,
        published: { value: '2021-01-01', precision: 'DAY', cue: 'fixture', inferred: false },
        text,
        sha256: '0'.repeat(64),
      },
    ],
    actors: [...actorNames].sort().map((name) => ({
      id: id(name),
      name: name.toUpperCase(),
      kind: (spec.kinds?.[name] ?? 'STATE') as Corpus['actors'][number]['kind'],
      aliases: [],
      description: null,
      country: null,
    })),
    territories: (spec.territories ?? []).map((name) => ({
      id: id(name),
      name: name.toUpperCase(),
      aliases: [],
      iso3166_2: null,
      status: null,
    })),
    events: [],
    statements,
    demands,
    relations: (spec.relations ?? []).map((r) => ({
      type: r.type,
      from: id(r.from),
      to: id(r.to),
      article,
      statement: null,
      since: null,
      role: null,
    })),
  };
  return { prefix, id, articles: [article], corpus };
}

export async function writeFixture(executor: Executor, fixture: Fixture): Promise<void> {
  await seedCorpus(executor, fixture.corpus);
}

export async function deleteFixture(executor: Executor, fixture: Fixture): Promise<void> {
  await executor.writeTransaction((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `${fixture.prefix}-` }),
  );
}

/**
 * The hand-checked graph. Influence projection (ACTOR level), from the rules:
 *   a1→a2 = 3 (s1 targets a2, s1 sets d1 addressed to a2, s4 rejects a2's d2)
 *   a2→a1 = 3 (s2 rejects a1's d1, s3 targets a1, s3 sets d2 addressed to a1)
 *   a3→a1 = 1 (s5 accepts a1's d1)    a3→a2 = 1 (s5 targets a2)
 *   a4→a2 = 1 (s6 repeats d1, addressed to a2)
 *   a5→a1 = 1 (s7 repeats d2, addressed to a1)
 * In-degree a1 = a2 = 3, others 0; out-degree a3 = 2, others 1.
 * Betweenness (hops, directed, normalised by 1/((5-1)(5-2)) = 1/12): the only
 * shortest paths through a third node are a4→a2→a1 and a5→a1→a2, so
 * a1 = a2 = 1/12, others 0.
 * PageRank (α = 0.85, N = 5): a3, a4, a5 get only the teleport share 0.15/5 = 0.03;
 * x = PR(a1) = 0.03 + 0.85 (y + 0.03/2 + 0.03) and y = PR(a2) symmetric, so
 * x = y = 0.06825 / 0.15 = 0.455.
 * Agreement projection: a1–a4 = 3 (s6 repeats a1's d1, SPEAKS_FOR, on behalf of),
 * a1–a3 = 1 (s5 accepts d1), a2–a5 = 1 (s7 repeats d2). Louvain: {a1, a3, a4}, {a2, a5};
 * modularity (m = 5) = (4/5 − (8/10)²) + (1/5 − (2/10)²) = 0.32.
 * Deadlocks: a1 and a2 reject each other's demand (mutual rejection); d1 and
 * d2 both concern t1 and are addressed to each other's owner (same territory).
 */
export function handCheckedFixture(): Fixture {
  return buildFixture('hand', {
    territories: ['t1'],
    demands: [
      { name: 'd1', owner: 'a1', to: ['a2'], territories: ['t1'] },
      { name: 'd2', owner: 'a2', to: ['a1'], territories: ['t1'] },
    ],
    statements: [
      { name: 's1', speaker: 'a1', date: '2021-01-01', targets: ['a2'], demands: [['d1', 'SETS']] },
      {
        name: 's2',
        speaker: 'a2',
        date: '2021-01-02',
        demands: [['d1', 'REJECTS']],
        quote: 'We will never accept d1.',
      },
      { name: 's3', speaker: 'a2', date: '2021-01-03', targets: ['a1'], demands: [['d2', 'SETS']] },
      { name: 's4', speaker: 'a1', date: '2021-01-04', demands: [['d2', 'REJECTS']] },
      { name: 's5', speaker: 'a3', date: '2021-01-05', targets: ['a2'], demands: [['d1', 'ACCEPTS']] },
      { name: 's6', speaker: 'a4', onBehalfOf: 'a1', date: '2021-01-06', demands: [['d1', 'REPEATS']] },
      { name: 's7', speaker: 'a5', date: '2021-01-07', demands: [['d2', 'REPEATS']] },
    ],
    relations: [{ type: 'SPEAKS_FOR', from: 'a4', to: 'a1' }],
    kinds: { a4: 'PERSON' },
  });
}

/**
 * Three sides in a rejection cycle: b1 rejects b2's e2, b2 rejects b3's e3,
 * b3 rejects b1's e1; e1 is annotated as conflicting with e3. b2 first
 * accepts e3 (January) and then rejects it (February): a reversal.
 */
export function cycleFixture(): Fixture {
  return buildFixture('cycle', {
    demands: [
      { name: 'e1', owner: 'b1', to: ['b2'], conflictsWith: ['e3'] },
      { name: 'e2', owner: 'b2', to: ['b3'] },
      { name: 'e3', owner: 'b3', to: ['b1'], kind: 'RED_LINE' },
    ],
    statements: [
      { name: 'u1', speaker: 'b1', date: '2020-01-01', demands: [['e1', 'SETS']] },
      { name: 'u2', speaker: 'b2', date: '2020-01-01', demands: [['e2', 'SETS']] },
      { name: 'u3', speaker: 'b3', date: '2020-01-01', demands: [['e3', 'SETS']] },
      { name: 'u4', speaker: 'b1', date: '2020-02-01', demands: [['e2', 'REJECTS']] },
      {
        name: 'u5',
        speaker: 'b2',
        date: '2020-02-01',
        demands: [['e3', 'REJECTS']],
        quote: 'e3 is out of the question.',
      },
      { name: 'u6', speaker: 'b3', date: '2020-02', demands: [['e1', 'REJECTS']] },
      { name: 'u7', speaker: 'b2', date: '2020-01-15', demands: [['e3', 'ACCEPTS']] },
    ],
  });
}
