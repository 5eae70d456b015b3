import { int } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { BadUserInputError } from '../errors/api-errors';
import type { ConnectionShape } from '../model/connection';
import { currentMaxPageSize, DEFAULT_PAGE_SIZE } from '../model/page-size';
import type { PageArgs } from '../model/page.args';
import { decodeCursor, encodeCursor } from './cursor';
import type { CursorPosition } from './cursor';

/** The paging parameters every list query takes ($first, $last, $after, $before). */
export interface PageParams {
  first: Integer | null;
  last: Integer | null;
  after: CursorPosition | null;
  before: CursorPosition | null;
}

/** Checks page sizes and cursors; with neither first nor last, the first DEFAULT_PAGE_SIZE. */
export function pageParams(args: PageArgs): PageParams {
  const { first, last } = args;
  if (first != null && last != null) {
    throw new BadUserInputError('Pass first or last, not both');
  }
  checkSize('first', first);
  checkSize('last', last);
  return {
    // Cypher slices lists by integers; plain JS numbers travel as floats.
    first: first != null ? int(first) : last == null ? int(DEFAULT_PAGE_SIZE) : null,
    last: last != null ? int(last) : null,
    after: args.after != null ? decodeCursor(args.after, 'after') : null,
    before: args.before != null ? decodeCursor(args.before, 'before') : null,
  };
}

function checkSize(argument: string, value: number | null | undefined): void {
  if (value == null) return;
  if (value < 0) throw new BadUserInputError(`${argument} must not be negative`, { argument });
  const maximum = currentMaxPageSize();
  if (value > maximum) {
    throw new BadUserInputError(`${argument} must be at most ${maximum}, got ${value}`, { argument, maximum });
  }
}

/** One sorted entry of a page, as every list query returns it. */
export interface PageEntry {
  key: string;
  tie: string;
}

/** The row of a list query: the page and where it sits in the whole list. */
export interface PageRow<TEntry extends PageEntry = PageEntry & Record<string, unknown>> {
  total: number;
  startAt: number;
  endAt: number;
  page: TEntry[];
}

export const EMPTY_PAGE: PageRow = { total: 0, startAt: 0, endAt: 0, page: [] };

/** A Relay connection from a page row; `toEdge` builds each edge's payload (at least its node). */
export function toConnection<TEntry extends PageEntry, TEdge extends { node: TNode }, TNode>(
  row: PageRow<TEntry>,
  toEdge: (entry: TEntry) => TEdge,
): ConnectionShape<TEdge & { cursor: string }, TNode> {
  const edges = row.page.map((entry) => Object.assign(new PageEdge(entry), toEdge(entry)));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: row.total,
    pageInfo: new PagePosition(edges, row.endAt < row.total, row.startAt > 0),
  };
}

// Edges and page info are instances of classes whose cursors are getters on
// the prototype: a cursor is encoded only when a request selects it, not for
// every edge of every page, and an object literal with its own getter (and
// a spread payload) costs about ten times as much to build (a
// nested walk builds a hundred edges per request).

/** An edge of a page: its payload's fields (Object.assign), and its cursor. */
class PageEdge {
  readonly #key: string;
  readonly #tie: string;

  constructor(entry: PageEntry) {
    this.#key = entry.key;
    this.#tie = entry.tie;
  }

  get cursor(): string {
    return encodeCursor(this.#key, this.#tie);
  }
}

/** Where a page sits in the whole list; its cursors are its first and last edges'. */
class PagePosition {
  readonly #edges: readonly PageEdge[];

  constructor(
    edges: readonly PageEdge[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {
    this.#edges = edges;
  }

  get startCursor(): string | null {
    return this.#edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.#edges[this.#edges.length - 1]?.cursor ?? null;
  }
}
