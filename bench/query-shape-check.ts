// The named list queries replayed against a seeded store, the text at a git
// revision (the "before", where it was a file) against today's text (the
// "after": a file's, or a built query's for each variant's parameters):
// same parameters, same records required (first pages, after/before cursors,
// first and last), median time of several alternating runs each.
//
//   node dist/bench/query-shape-check.js serve [statements]      # own store in .neo4j/shape-check, prints the Bolt URI, stays up
//   node dist/bench/query-shape-check.js compare <bolt-uri> [rev] [runs] [filter]
//
// Seed the served store with `node dist/bench/seed-throughput.js <bolt-uri>
// bench/results/tmp/corpora/100000 stream`. `rev` defaults to HEAD.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../src/config';
import { createDriver } from '../src/db/driver';
import { startEmbeddedNeo4j } from '../src/db/embedded-neo4j';
import { Executor } from '../src/db/executor';
import { specialisedQuery } from '../src/db/named-queries';
import { migrate } from '../src/db/migrate';
import { createLogger } from '../src/logger';

async function serve(statements: number): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'shape-check');
  const memory = statements <= 10_000 ? { pageCacheMb: 512, heapMb: 1024 } : { pageCacheMb: 2048, heapMb: 6144 };
  const embedded = await startEmbeddedNeo4j({
    home: path.join(repoRoot, '.neo4j', 'shape-check'),
    ...memory,
    logger,
    fresh: process.env.KEEP_STORE !== '1',
    startTimeoutMs: 300_000,
  });
  const driver = createDriver(embedded.uri, { user: 'neo4j', password: '' }, true);
  await migrate(new Executor(driver, 'neo4j', 3_600_000), logger);
  console.log(embedded.uri);
  const stop = async () => {
    await driver.close();
    await embedded.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

type Params = Record<string, unknown>;
interface Case {
  query: string;
  label: string;
  params: Params;
}

const int = (n: number) => neo4j.int(n);
const paging = (first: number | null, last: number | null = null): Params => ({
  first: first === null ? null : int(first),
  last: last === null ? null : int(last),
  after: null,
  before: null,
});

async function read(
  driver: Driver,
  cypher: string,
  params: Params,
): Promise<{ ms: number; records: Record<string, unknown>[] }> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const started = process.hrtime.bigint();
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { ms, records: result.records.map((r) => r.toObject()) };
  } finally {
    await session.close();
  }
}

/** Realistic inputs drawn from the store: the loudest and some ordinary actors, demands, articles, a common PLOVER type and year. */
async function cases(driver: Driver): Promise<Case[]> {
  const q = async (cypher: string) => (await read(driver, cypher, {})).records;
  const loud = (
    await q('MATCH (a:Actor)-[:MADE]->(s) WITH a, count(s) AS c ORDER BY c DESC, a.id LIMIT 3 RETURN a.id AS id')
  ).map((r) => r.id as string);
  const ordinary = (
    await q(
      'MATCH (a:Actor)-[:MADE]->(s) WITH a, count(s) AS c ORDER BY c DESC, a.id SKIP 40 LIMIT 2 RETURN a.id AS id',
    )
  ).map((r) => r.id as string);
  const owners = (
    await q('MATCH (d:Demand)-[:OWNED_BY]->(a) WITH a, count(d) AS c ORDER BY c DESC, a.id LIMIT 2 RETURN a.id AS id')
  ).map((r) => r.id as string);
  const [demand] = (
    await q(
      'MATCH (:Statement)-[:REJECTS]->(d:Demand) WITH d, count(*) AS c ORDER BY c DESC, d.id LIMIT 1 RETURN d.id AS id',
    )
  ).map((r) => r.id as string);
  const [article] = (
    await q(
      'MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WITH a, count(s) AS c ORDER BY c DESC, a.id LIMIT 1 RETURN a.id AS id',
    )
  ).map((r) => r.id as string);
  const [territory] = (
    await q(
      'MATCH (t:Territory)<-[:MENTIONS]-(s) WITH t, count(s) AS c ORDER BY c DESC, t.id LIMIT 1 RETURN t.id AS id',
    )
  ).map((r) => r.id as string);
  const stanceStatements = (
    await q(
      'MATCH (s:Statement)-[:SETS|REPEATS|ACCEPTS|REJECTS]->(:Demand) RETURN DISTINCT s.id AS id ORDER BY id LIMIT 20',
    )
  ).map((r) => r.id as string);
  const [plover] = (
    await q('MATCH (s:Statement) WITH s.ploverType AS t, count(*) AS c ORDER BY c DESC, t LIMIT 1 RETURN t')
  ).map((r) => r.t as string);
  const [year] = (
    await q('MATCH (s:Statement) WITH left(s.date, 4) AS y, count(*) AS c ORDER BY c DESC, y LIMIT 1 RETURN y')
  ).map((r) => r.y as string);
  const [word] = (
    await q("MATCH (s:Statement) WHERE s.quote IS NOT NULL RETURN split(s.quote, ' ')[0] AS w LIMIT 1")
  ).map((r) => r.w as string);

  const rejections: Params = {
    rejecter: null,
    owner: null,
    actor: null,
    statement: null,
    demand: null,
    demandKind: null,
    article: null,
    dateFrom: null,
    dateTo: null,
    desc: true,
  };
  const statements: Params = {
    speaker: null,
    includeOnBehalfOf: false,
    article: null,
    target: null,
    mentions: null,
    ploverType: null,
    dateFrom: null,
    dateTo: null,
    desc: true,
  };
  const out: Case[] = [];
  const add = (query: string, label: string, params: Params) => out.push({ query, label, params });

  for (const kind of ['PRECONDITION', 'DEMAND', null]) {
    add('rejections-page', `kind=${kind} first 20`, { ...rejections, demandKind: kind, ...paging(20) });
  }
  add('rejections-page', 'kind=PRECONDITION asc last 10', {
    ...rejections,
    demandKind: 'PRECONDITION',
    desc: false,
    ...paging(null, 10),
  });
  add('rejections-page', `rejecter=${loud[0]} first 20`, { ...rejections, rejecter: loud[0], ...paging(20) });
  add('rejections-page', `rejecter=${ordinary[0]} first 20`, { ...rejections, rejecter: ordinary[0], ...paging(20) });
  add('rejections-page', `owner=${owners[0]} first 20`, { ...rejections, owner: owners[0], ...paging(20) });
  add('rejections-page', `actor=${loud[1]} first 20`, { ...rejections, actor: loud[1], ...paging(20) });
  add('rejections-page', `demand=${demand} first 20`, { ...rejections, demand, ...paging(20) });
  add('rejections-page', `article=${article}`, { ...rejections, article, ...paging(20) });
  add('rejections-page', `year ${year} kind=DEMAND`, {
    ...rejections,
    demandKind: 'DEMAND',
    dateFrom: year,
    dateTo: year,
    ...paging(20),
  });
  add('rejections-page', `dateFrom ${year}-06-15`, { ...rejections, dateFrom: `${year}-06-15`, ...paging(20) });

  add('statements-page', `${plover} in ${year} first 20`, {
    ...statements,
    ploverType: plover,
    dateFrom: year,
    dateTo: year,
    ...paging(20),
  });
  add('statements-page', 'all first 20', { ...statements, ...paging(20) });
  add('statements-page', 'all asc last 5', { ...statements, desc: false, ...paging(null, 5) });
  add('statements-page', `speaker=${loud[0]} first 20`, { ...statements, speaker: loud[0], ...paging(20) });
  add('statements-page', `speaker=${loud[0]} +behalf first 20`, {
    ...statements,
    speaker: loud[0],
    includeOnBehalfOf: true,
    ...paging(20),
  });
  add('statements-page', `speaker=${ordinary[0]} first 20`, { ...statements, speaker: ordinary[0], ...paging(20) });
  add('statements-page', `article=${article}`, { ...statements, article, ...paging(20) });
  add('statements-page', `mentions=${territory}`, { ...statements, mentions: territory, ...paging(20) });
  add('statements-page', `target=${loud[1]}`, { ...statements, target: loud[1], ...paging(20) });
  add('statements-page', `dateFrom ${year}-03 dateTo ${year}-04-10`, {
    ...statements,
    dateFrom: `${year}-03`,
    dateTo: `${year}-04-10`,
    ...paging(20),
  });
  add('statements-search-page', `"${word}" first 20`, { ...statements, search: word, ...paging(20) });
  add('statements-search-page', `"${word}" ${plover}`, {
    ...statements,
    search: word,
    ploverType: plover,
    ...paging(20),
  });

  for (const [side, query] of [
    ['made', 'actor-rejections-made-page'],
    ['received', 'actor-rejections-received-page'],
  ]) {
    add(query, `${side} loud+ordinary first 10`, { ids: [...loud, ...ordinary], desc: true, ...paging(10) });
    add(query, `${side} ${owners[0]} asc last 5`, { ids: [owners[0]], desc: false, ...paging(null, 5) });
  }
  const neighbour = (
    ids: string[],
    types: string[],
    label: string,
    sort: string,
    desc: boolean,
    first: number | null,
    last: number | null = null,
  ): Params => ({
    ids,
    types,
    label,
    sort,
    desc,
    ...paging(first, last),
  });
  add(
    'neighbour-page-in',
    'owned demands by FIRST_VOICED first 5',
    neighbour([...owners, ...ordinary], ['OWNED_BY'], 'Demand', 'FIRST_VOICED', true, 5),
  );
  add(
    'neighbour-page-in',
    'article statements by DATE last 5',
    neighbour([article], ['REPORTED_IN'], 'Statement', 'DATE', false, null, 5),
  );
  add(
    'neighbour-page-in',
    'demand stances by DATE',
    neighbour([demand], ['SETS', 'REPEATS', 'ACCEPTS', 'REJECTS'], 'Statement', 'DATE', true, 20),
  );
  add('neighbour-page-in', 'actors targeted by NAME', neighbour(loud, ['TARGETS'], 'Statement', 'NAME', false, 10));
  add(
    'neighbour-page-in',
    'territory mentions by DATE first 20',
    neighbour([territory], ['MENTIONS'], 'Statement', 'DATE', true, 20),
  );
  add(
    'neighbour-page-out',
    'actor statements (MADE) by DATE first 5',
    neighbour([...loud, ...ordinary], ['MADE'], 'Statement', 'DATE', true, 5),
  );
  add(
    'neighbour-page-out',
    'actor MADE by PUBLISHED asc last 5',
    neighbour([loud[2], ordinary[1]], ['MADE'], 'Statement', 'PUBLISHED', false, null, 5),
  );
  add(
    'neighbour-page-out',
    'statement stances',
    neighbour(stanceStatements, ['SETS', 'REPEATS', 'ACCEPTS', 'REJECTS'], 'Demand', 'SUMMARY', false, 10),
  );
  add('actors-page', 'all by name first 20', { words: null, kind: null, country: null, desc: false, ...paging(20) });
  add('actors-page', 'PERSON desc', { words: null, kind: 'PERSON', country: null, desc: true, ...paging(20) });
  add('demands-page', 'PRECONDITION first voiced', {
    owner: null,
    addressee: null,
    territory: null,
    kind: 'PRECONDITION',
    topic: null,
    search: null,
    sort: 'FIRST_VOICED',
    desc: true,
    ...paging(20),
  });
  add('demands-page', `owner ${owners[0]} summary`, {
    owner: owners[0],
    addressee: null,
    territory: null,
    kind: null,
    topic: null,
    search: null,
    sort: 'SUMMARY',
    desc: false,
    ...paging(20),
  });
  add('articles-page', 'published desc', {
    search: null,
    dateFrom: null,
    dateTo: null,
    sort: 'PUBLISHED',
    desc: true,
    ...paging(20),
  });
  add('events-page', 'by date', {
    words: null,
    kind: null,
    participant: null,
    territory: null,
    dateFrom: null,
    dateTo: null,
    sort: 'DATE',
    desc: true,
    ...paging(20),
  });
  add('territories-page', 'by name', { words: null, status: null, desc: false, ...paging(20) });
  add('article-actors-page', 'one article', { ids: [article], desc: false, ...paging(10) });
  add('article-demands-page', 'one article', { ids: [article], sort: 'FIRST_VOICED', desc: true, ...paging(10) });
  add('nodes-by-id', '20 ids', { ids: [...loud, ...ordinary, ...owners, demand, article, territory] });
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The page rows of a list query's records, to derive cursors from. */
function pageOf(records: Record<string, unknown>[]): { key: string; tie: string }[] {
  const first = records.find((r) => Array.isArray(r.page) && (r.page as unknown[]).length > 1) ?? records[0];
  return (first?.page as { key: string; tie: string }[] | undefined) ?? [];
}

/** The first difference between two values, as a path, for the report. */
function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Params)[k], (b as Params)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

async function compare(uri: string, rev: string, runs: number, filter: string | undefined): Promise<void> {
  const driver = createDriver(uri, { user: 'neo4j', password: '' }, true);
  const all = await cases(driver);
  const rows: string[] = [];
  let mismatches = 0;
  for (const c of all) {
    if (filter && !`${c.query} ${c.label}`.includes(filter)) continue;
    // SHAPE_AFTER_DIR: try candidate texts from another directory (where it has the file) instead of cypher/queries.
    const candidate = process.env.SHAPE_AFTER_DIR ? path.join(process.env.SHAPE_AFTER_DIR, `${c.query}.cypher`) : null;
    // A built query's text depends on the parameters (src/cypher/built-queries.ts): asked for per variant.
    const after = (params: Params): string =>
      candidate && fs.existsSync(candidate) ? fs.readFileSync(candidate, 'utf8') : specialisedQuery(c.query, params);
    let before: (params: Params) => string;
    try {
      const text = execFileSync('git', ['show', `${rev}:cypher/queries/${c.query}.cypher`], {
        cwd: repoRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      before = () => text;
    } catch {
      before = after;
    }
    // The variants: as given; after the second entry of the first page; before the last-but-one entry; first/last swapped windows.
    const base = await read(driver, before(c.params), c.params);
    // Timed: the first page and the common cursor moves; checked only (one run): the odd combinations and whole lists.
    const variants: { label: string; params: Params; timed?: boolean }[] = [
      { label: '', params: c.params, timed: true },
    ];
    const page = pageOf(base.records);
    if ('after' in c.params && page.length > 2) {
      const second: [string, string] = [page[1].key, page[1].tie];
      const last: [string, string] = [page[page.length - 1].key, page[page.length - 1].tie];
      variants.push({ label: ' after#2', params: { ...c.params, after: second }, timed: true });
      variants.push({
        label: ' before#last last3',
        params: { ...c.params, before: last, first: null, last: int(3) },
        timed: true,
      });
      variants.push({
        label: ' after#2 before#last first2',
        params: { ...c.params, after: second, before: last, first: int(2), last: null },
      });
      variants.push({
        label: ' after#2 before#last last2',
        params: { ...c.params, after: second, before: last, first: null, last: int(2) },
      });
      variants.push({ label: ' first0', params: { ...c.params, first: int(0), last: null } });
      variants.push({ label: ' last0 after#2', params: { ...c.params, after: second, first: null, last: int(0) } });
      variants.push({
        label: ' after#last first5 last2',
        params: { ...c.params, after: last, first: int(5), last: int(2) },
      });
      variants.push({ label: ' after>before', params: { ...c.params, after: last, before: second } });
      variants.push({ label: ' no first/last', params: { ...c.params, after: last, first: null, last: null } });
    }
    for (const v of variants) {
      const tb: number[] = [];
      const ta: number[] = [];
      let diff: string | null = null;
      let error: string | null = null;
      try {
        for (let i = 0; i < (v.timed ? runs : 1); i++) {
          const b = await read(driver, before(v.params), v.params);
          const a = await read(driver, after(v.params), v.params);
          tb.push(b.ms);
          ta.push(a.ms);
          if (i === 0) diff = firstDifference(b.records, a.records);
        }
      } catch (e) {
        error = (e as Error).message.split('\n')[0];
      }
      if (diff || error) mismatches++;
      const total = (
        await read(driver, before(v.params), v.params).catch(() => ({ records: [] as Record<string, unknown>[] }))
      ).records.reduce(
        (n, r) =>
          n +
          (typeof r.total === 'number'
            ? r.total
            : neo4j.isInt(r.total)
              ? (r.total as { toNumber(): number }).toNumber()
              : 0),
        0,
      );
      const line = [
        c.query.padEnd(31),
        (c.label + v.label).slice(0, 62).padEnd(62),
        String(total).padStart(7),
        error ? 'ERROR' : median(tb).toFixed(1).padStart(8),
        error ? '' : median(ta).toFixed(1).padStart(8),
        error ? error : diff ? `DIFF ${diff}` : 'same',
      ].join(' ');
      console.log(line);
      rows.push(line);
    }
  }
  console.log(`${mismatches} mismatch(es)`);
  await driver.close();
  if (mismatches > 0) process.exitCode = 1;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'serve') {
  serve(Number(args[0] ?? 100_000)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (command === 'compare') {
  compare(args[0], args[1] ?? 'HEAD', Number(args[2] ?? 7), args[3]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  console.error('usage: query-shape-check.js serve [statements] | compare <bolt-uri> [rev] [runs] [filter]');
  process.exit(2);
}
