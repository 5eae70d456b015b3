// An executor for translation tests: the real Executor (so every query text is
// specialised and sent exactly as production sends it) over a stand-in driver
// that records each query and answers with empty results. No Neo4j, no Java.
// It is for tests of what an operation becomes in Cypher, never for a test
// that claims something about the database.
import fs from 'node:fs';
import path from 'node:path';
import { isInt } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../../../src/config';
import { Executor } from '../../../src/db/executor';
import type { Params, QueryObserver, Row } from '../../../src/db/executor';
import { builtQuery, builtQueryNames } from '../../../src/cypher/built-queries';
import { namedQuery } from '../../../src/db/named-queries';
import { parseReturnColumns } from './return-columns';

/** One query as it would have gone to Neo4j. */
export interface RecordedQuery {
  /** The named query, `prefetch` for a composed read, `(schema)` for a schema statement. */
  name: string;
  cypher: string;
  params: Params;
}

/** Rows to answer a recorded query with; undefined: the default (see emptyAnswer). */
export type Answer = (query: RecordedQuery) => Row[] | undefined;

export class RecordingExecutor extends Executor {
  readonly queries: RecordedQuery[];
  private readonly log: Log;

  constructor(answer: Answer = () => undefined) {
    const log = new Log(answer);
    super(standInDriver(log), 'neo4j', 5_000);
    this.log = log;
    this.queries = log.queries;
  }

  override withTimeout(): Executor {
    return this;
  }

  /** Each request's executor carries its bookmarks; here it is this one, so its queries are recorded too. */
  override withBookmarks(): Executor {
    return this;
  }

  override read<T extends Row = Row>(name: string, params: Params = {}, observer?: QueryObserver): Promise<T[]> {
    return this.log.as(name, () => super.read<T>(name, params, observer));
  }

  override readComposed<T extends Row = Row>(
    label: string,
    cypher: string,
    params: Params,
    observer?: QueryObserver,
  ): Promise<T[]> {
    return this.log.as(label, () => super.readComposed<T>(label, cypher, params, observer));
  }

  override write<T extends Row = Row>(name: string, params: Params = {}, observer?: QueryObserver): Promise<T[]> {
    return this.log.as(name, () => super.write<T>(name, params, observer));
  }

  override runSchemaStatement(cypher: string): Promise<void> {
    return this.log.as('(schema)', () => super.runSchemaStatement(cypher));
  }

  override async ping(): Promise<void> {}

  /** Forgets what was recorded so far (e.g. the steps before the one under test). */
  clear(): void {
    this.queries.length = 0;
  }
}

class Log {
  readonly queries: RecordedQuery[] = [];
  /** The name of the query being sent, for the driver call it makes. */
  private announced: string | null = null;

  constructor(private readonly answer: Answer) {}

  /**
   * Sends under a name. Executor calls the driver before its first await, so
   * the call is over when `send` returns; a query sent later without a name
   * (inside writeTransaction) is named by its text.
   */
  as<T>(name: string, send: () => T): T {
    this.announced = name;
    try {
      return send();
    } finally {
      this.announced = null;
    }
  }

  received(cypher: string, params: Params): Row[] {
    // Queries run inside writeTransaction carry no announced name: found by their text.
    const name = this.announced ?? nameOfText(cypher);
    const query = { name, cypher, params: readable(params) as Params };
    // The change feed's reader polls on a clock of its own (src/changes/change-hub.ts): part of no operation.
    if (FEED_POLLS.has(name)) return this.answer(query) ?? emptyAnswer(query);
    this.queries.push(query);
    return this.answer(query) ?? emptyAnswer(query);
  }
}

/** The reads of the change feed's poller, which every app starts. */
const FEED_POLLS: ReadonlySet<string> = new Set(['change-latest', 'change-page']);

/**
 * What an empty graph answers (but for a write, see below). A list read that is not per parent (a root
 * list such as actors-page) aggregates, so it answers one row, an empty
 * page; a composed read answers one row (every step is a CALL that
 * collects), each column a list of its step's rows. Every other read
 * answers no rows.
 */
export function emptyAnswer(query: RecordedQuery): Row[] {
  if (query.name === 'prefetch') {
    const collected = new Map(
      [...query.cypher.matchAll(/collect\(\{([^}]*)\}\) AS (\w+)/g)].map((match) => [match[2], keysOf(match[1])]),
    );
    const columns = parseReturnColumns(query.cypher, 'prefetch');
    return [Object.fromEntries(columns.map((column) => [column, emptyRows(collected.get(column) ?? [])]))];
  }
  const columns = returnedColumns(query);
  // A write reports the rows it wrote: all it was given, as when every end exists.
  if (columns.length === 1 && columns[0] === 'written' && Array.isArray(query.params.rows))
    return [{ written: query.params.rows.length }];
  return emptyRows(columns);
}

/** The columns of a read's final RETURN; none that a list read returns when it cannot name them (an ORDER BY follows). */
function returnedColumns(query: RecordedQuery): string[] {
  try {
    return parseReturnColumns(query.cypher, query.name);
  } catch {
    return [];
  }
}

/** The keys of a map literal `{a: a, b: b}`. */
function keysOf(map: string): string[] {
  return map.split(',').map((entry) => entry.split(':')[0].trim());
}

function emptyRows(columns: readonly string[]): Row[] {
  const isRootPage = columns.includes('page') && !columns.includes('parentId');
  if (!isRootPage) return [];
  return [Object.fromEntries(columns.map((column) => [column, EMPTY_PAGE[column] ?? null]))];
}

const EMPTY_PAGE: Row = { total: 0, startAt: 0, endAt: 0, page: [] };

const queriesDir = path.join(repoRoot, 'cypher', 'queries');
let byText: Map<string, string> | undefined;

/** The named queries whose text is one: the files', and the built ones that take no conditions (seed-edges). */
function nameOfText(cypher: string): string {
  byText ??= new Map(
    [
      ...fs
        .readdirSync(queriesDir)
        .filter((file) => file.endsWith('.cypher'))
        .map((file) => file.replace(/\.cypher$/, '')),
      ...builtQueryNames().filter((name) => builtQuery(name)!.conditions.length === 0),
    ].map((name) => [namedQuery(name), name]),
  );
  return byText.get(cypher) ?? '(unnamed)';
}

/**
 * A copy of the parameters as they were sent, a Neo4j integer written
 * `int(3)`: a reader sees the type the driver sends (an integer, not a float,
 * as LIMIT needs).
 */
function readable(value: unknown): unknown {
  if (isInt(value)) return `int(${value.toString()})`;
  if (Array.isArray(value)) return value.map(readable);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, readable(item)]));
  return value;
}

/** The few driver calls Executor makes, each query handed to the log. */
function standInDriver(log: Log): Driver {
  const result = (cypher: string, params: Params = {}) => {
    const rows = log.received(cypher, params);
    return Promise.resolve({ records: rows.map((row) => ({ toObject: () => row, get: (key: string) => row[key] })) });
  };
  const transaction = { run: result };
  const session = {
    run: result,
    executeRead: <T>(work: (tx: typeof transaction) => Promise<T>) => work(transaction),
    executeWrite: <T>(work: (tx: typeof transaction) => Promise<T>) => work(transaction),
    close: () => Promise.resolve(),
  };
  const driver = {
    session: () => session,
    verifyConnectivity: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  return driver as unknown as Driver;
}

const LABEL_BY_ID_PREFIX: Record<string, string> = {
  actor: 'Actor',
  article: 'Article',
  demand: 'Demand',
  event: 'Event',
  stmt: 'Statement',
  territory: 'Territory',
};

/**
 * Every id a named nodes-by-id read asks for is a node (of the label its
 * prefix says, with no property but its id), so the reads an existing node
 * leads to (a path, a timeline) are sent too. A composed read still finds
 * nothing: its rows are the composer's own format.
 */
export const idsExist: Answer = (query) => {
  if (query.name !== 'nodes-by-id') return undefined;
  return (query.params.ids as string[]).flatMap((id): Row[] => {
    const label = LABEL_BY_ID_PREFIX[id.split('-')[0]];
    return label ? [{ id, labels: [label, 'Entity'], node: { id } }] : [];
  });
};
