// The query-shape change the benchmark proposes for the API's list queries
// (bench/README.md, "What would close the gaps"), derived from the current
// cypher/queries/*.cypher at run time so it never drifts from them; a query
// whose text no longer matches is skipped and named. Same parameters, same
// result, two changes:
//  1. the list holds node references, not property maps, and only the page
//     is projected: the current queries copy every property of every match
//     (properties(n)) before slicing one page out;
//  2. for the neighbour pages (an actor's statements, demands, ...), the
//     matches are counted in one subquery and sorted in another; without a
//     cursor or `last` (a first page, the common request) the sort keeps
//     only $first entries (ORDER BY ... LIMIT, a top-k sort); with a cursor
//     it keeps the whole list, as now, so the paging tail and its cursor
//     semantics are untouched. The matching (a few index lookups and one
//     expansion) runs twice; the sort, the biggest cost, shrinks to the page.
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { repoRoot } from '../src/config';
import { Executor, mapDriverError } from '../src/db/executor';
import type { Params, QueryObserver, Row } from '../src/db/executor';
import { specialisedQuery } from '../src/db/named-queries';

const queriesDir = path.join(repoRoot, 'cypher', 'queries');

const ORDER_LINE = 'ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN $desc THEN tie END DESC, key, tie';
/** Without a cursor or `last`, only the first page has to be sorted out (a top-k sort, not a full one). */
const LIMIT =
  'LIMIT CASE WHEN $after IS NULL AND $before IS NULL AND $last IS NULL AND $first IS NOT NULL THEN $first ELSE 2147483647 END';

interface Shape {
  /** Where the matching starts: top level, or inside the per-parent CALL. */
  scope: 'top' | 'parent';
  /** The collect of the current query (after ORDER_LINE), exactly. */
  collect: string;
  /** Its replacement's map entries: references, not properties. */
  refs: string;
  /** The page projection that turns references back into what the current query returns. */
  page: string;
}

const neighbourPage: Shape = {
  scope: 'parent',
  collect:
    'RETURN collect({key: key, tie: tie, node: properties(n), labels: labels(n), edgeType: type(r), edge: properties(r)}) AS ordered',
  refs: 'n: n, r: r',
  page: '{key: x.key, tie: x.tie, node: properties(x.n), labels: labels(x.n), edgeType: type(x.r), edge: properties(x.r)}',
};
const nodePage: Shape = {
  scope: 'top',
  collect: 'WITH collect({key: key, tie: tie, node: properties(n)}) AS ordered',
  refs: 'n: n',
  page: '{key: x.key, tie: x.tie, node: properties(x.n)}',
};

const SHAPES: Record<string, Shape> = {
  'neighbour-page-out': neighbourPage,
  'neighbour-page-in': neighbourPage,
  'statements-page': nodePage,
  'statements-search-page': nodePage,
  'actors-page': nodePage,
  'rejections-page': {
    scope: 'top',
    collect: `WITH collect({key: key, tie: tie, rejecter: properties(rejecter), principal: properties(principal),
              statement: properties(s), demand: properties(d), owner: properties(owner), article: properties(a)}) AS ordered`,
    refs: 'rejecter: rejecter, principal: principal, statement: s, demand: d, owner: owner, article: a',
    page: `{key: x.key, tie: x.tie, rejecter: properties(x.rejecter), principal: properties(x.principal),
        statement: properties(x.statement), demand: properties(x.demand), owner: properties(x.owner), article: properties(x.article)}`,
  },
};

/**
 * For the neighbour pages (per parent): splits the query at its sort: `head` matches and computes key and tie,
 * then the proposed text counts the matches in one subquery and sorts out
 * the page in another (a Top over the matched rows, never over an unwound
 * list: Neo4j prices every row that came from a list at the whole list).
 */
function rewrite(current: string, shape: Shape): string | null {
  return shape.scope === 'parent' ? rewriteTopK(current, shape) : rewriteRefs(current, shape);
}

/**
 * For the top-level lists: one pass, as now, but the sorted list holds
 * references and only the page is projected. (Counting and sorting in two
 * subqueries, as for the neighbour pages, runs their filters twice; with
 * filters that cannot use an index, see the README, that costs more than the
 * smaller sort saves.)
 */
function rewriteRefs(current: string, shape: Shape): string | null {
  const totalFrom = 'WITH ordered, size(ordered) AS total,';
  const from = `${ORDER_LINE}\n${shape.collect}`;
  if (!current.includes(from) || !current.includes('ordered[startAt..endAt] AS page')) return null;
  return current
    .replace(from, `${ORDER_LINE}\nWITH collect({key: key, tie: tie, ${shape.refs}}) AS ordered`)
    .replace('ordered[startAt..endAt] AS page', `[x IN ordered[startAt..endAt] | ${shape.page}] AS page`)
    .replace(totalFrom, totalFrom);
}

function rewriteTopK(current: string, shape: Shape): string | null {
  const indent = shape.scope === 'parent' ? '  ' : '';
  const sortAt = current.indexOf(`${indent}${ORDER_LINE}\n${indent}${shape.collect}`);
  if (sortAt < 0) return null;
  const opening = shape.scope === 'parent' ? 'CALL (parentId) {\n' : '';
  const headStart = shape.scope === 'parent' ? current.indexOf(opening) + opening.length : firstClause(current);
  if (headStart < opening.length || headStart < 0 || headStart > sortAt) return null;
  const head = current.slice(headStart, sortAt);
  // The count does not need the sort key: cut the last WITH (the one that computes key and tie).
  const keyWith = head.lastIndexOf(`\n${indent}WITH `);
  if (keyWith < 0) return null;
  const body = (text: string) => (indent ? text : text.replace(/^/gm, '  ').replace(/^\s+$/gm, ''));
  const parentArg = shape.scope === 'parent' ? 'parentId' : '';
  const afterCollect = sortAt + `${indent}${ORDER_LINE}\n${indent}${shape.collect}`.length;
  let rest = current.slice(afterCollect);
  if (shape.scope === 'parent') {
    // The current CALL closes right after its collect.
    if (!rest.startsWith('\n}')) return null;
    rest = rest.slice(2);
  }
  const totalFrom =
    shape.scope === 'parent'
      ? 'WITH parentId, ordered, size(ordered) AS total,'
      : 'WITH ordered, size(ordered) AS total,';
  if (!rest.includes(totalFrom) || !rest.includes('ordered[startAt..endAt] AS page')) return null;
  rest = rest
    .replace(totalFrom, totalFrom.replace('size(ordered) AS total', 'total'))
    .replace('ordered[startAt..endAt] AS page', `[x IN ordered[startAt..endAt] | ${shape.page}] AS page`);
  const prefix = current.slice(0, shape.scope === 'parent' ? current.indexOf(opening) : headStart);
  return (
    prefix +
    `CALL (${parentArg}) {\n${body(head.slice(0, keyWith + 1))}${indent || '  '}RETURN count(*) AS total\n}\n` +
    `CALL (${parentArg}) {\n${body(head)}${indent || '  '}${ORDER_LINE}\n${indent || '  '}${LIMIT}\n` +
    `${indent || '  '}RETURN collect({key: key, tie: tie, ${shape.refs}}) AS ordered\n}\n` +
    rest.replace(/^\n/, '')
  );
}

/** Offset of the first line that is not a comment (where a top-level query starts). */
function firstClause(text: string): number {
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '' && !line.trim().startsWith('//')) return at;
    at += line.length + 1;
  }
  return -1;
}

export interface Proposal {
  name: string;
  current: string;
  proposed: string;
}

/** The proposed text of every query the rewrite applies to; queries that changed shape since are left out (and named). */
export function cypherProposals(): { proposals: Proposal[]; skipped: string[] } {
  const proposals: Proposal[] = [];
  const skipped: string[] = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    const file = path.join(queriesDir, `${name}.cypher`);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    const proposed = current === null ? null : rewrite(current, shape);
    if (current !== null && proposed !== null) {
      proposals.push({
        name,
        current,
        proposed: `// Proposed by bench/cypher-proposals.ts (count, then a top-k first page; page-only projection).\n${proposed}`,
      });
    } else {
      skipped.push(name);
    }
  }
  return { proposals, skipped };
}

/**
 * Makes this process's named-query loader read the proposed texts: the API
 * runs unchanged except for its Cypher. For the benchmark's "ours, proposed
 * Cypher" run only; the files under cypher/queries are not touched.
 */
export function useCypherProposals(): string[] {
  const { proposals } = cypherProposals();
  const byFile = new Map(proposals.map((p) => [path.join(queriesDir, `${p.name}.cypher`), p.proposed]));
  const readFileSync = fs.readFileSync;
  fs.readFileSync = ((file: fs.PathOrFileDescriptor, options?: unknown) => {
    const proposed = typeof file === 'string' ? byFile.get(path.resolve(file)) : undefined;
    if (proposed !== undefined) return proposed;
    return (readFileSync as (f: fs.PathOrFileDescriptor, o?: unknown) => string | Buffer)(file, options);
  }) as typeof fs.readFileSync;
  return proposals.map((p) => p.name);
}

/**
 * The second change tried in the `proposed` target: reads as auto-commit
 * queries (one RUN+PULL exchange) instead of managed read transactions
 * (BEGIN, RUN+PULL, COMMIT: two exchanges), with one retry on a transient
 * error in place of the managed transaction's retry loop. Patched onto the
 * Executor of this process only.
 */
export function useAutoCommitReads(): void {
  type Internals = { driver: import('neo4j-driver').Driver; database: string; timeoutMs: number };
  Executor.prototype.read = async function read<T extends Row = Row>(
    this: Executor,
    name: string,
    params: Params = {},
    observer?: QueryObserver,
  ): Promise<T[]> {
    observer?.(name);
    const { driver, database, timeoutMs } = this as unknown as Internals;
    for (let attempt = 0; ; attempt++) {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        const result = await session.run<T>(
          specialisedQuery(name, params),
          params,
          timeoutMs > 0 ? { timeout: timeoutMs } : undefined,
        );
        return result.records.map((record) => record.toObject());
      } catch (error) {
        if (attempt === 0 && error instanceof Neo4jError && error.retriable) continue;
        throw mapDriverError(error);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  };
}
