// What chooses the text of a list query: which of its filters are given,
// its sort word, the paging arguments given and the flags the loaders and
// the prefetch set (pageOnly, handOn, fields). Only whether a parameter is
// set (a value other than null or false) or which of a few fixed words it
// holds chooses; the values themselves travel as parameters, so the texts
// are few, and each keeps its own cached plan in Neo4j.
import type { Params } from '../db/executor';

export interface ListRequest {
  /** The filter parameters given, of those the list declares. */
  readonly given: ReadonlySet<string>;
  /** The sort word ($sort), if it is one the list sorts by; null: the list's default order. */
  readonly sort: string | null;
  readonly desc: boolean;
  readonly first: boolean;
  readonly after: boolean;
  readonly before: boolean;
  readonly last: boolean;
  /** Only the page is wanted: no total (the prefetch asks so when nothing selects it). */
  readonly pageOnly: boolean;
  /** Also return the page's nodes (handedOn), for a composed query's next step. */
  readonly handOn: boolean;
  /** Nodes are projected to the properties $fields lists. */
  readonly projected: boolean;
}

/** What a list declares it reads, and so what may choose its text. */
export interface ListTraits {
  /** The parameters that each add a filter (or choose a start) when given. */
  readonly filters: readonly string[];
  /** The sort words with an order of their own. */
  readonly sorts?: readonly string[];
  /** Whether it projects its nodes when $fields is given. */
  readonly projects?: boolean;
  /** Whether it hands on its page's nodes when asked (the flag handOn). */
  readonly handsOn?: boolean;
}

/** A parameter counts as set when it holds a value other than null or false. */
export function isSet(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}

export function listRequest(traits: ListTraits, params: Params): ListRequest {
  const sort = params.sort;
  return {
    given: new Set(traits.filters.filter((name) => isSet(params[name]))),
    sort: typeof sort === 'string' && traits.sorts?.includes(sort) ? sort : null,
    desc: isSet(params.desc),
    first: isSet(params.first),
    after: isSet(params.after),
    before: isSet(params.before),
    last: isSet(params.last),
    pageOnly: isSet(params.pageOnly),
    handOn: Boolean(traits.handsOn) && isSet(params.handOn),
    projected: Boolean(traits.projects) && isSet(params.fields),
  };
}

/** A key per distinct text: equal requests give equal keys. */
export function listRequestKey(traits: ListTraits, request: ListRequest): string {
  const flags = [request.desc, request.first, request.after, request.before, request.last, request.pageOnly];
  return [
    traits.filters.map((name) => (request.given.has(name) ? '1' : '0')).join(''),
    request.sort ?? '',
    [...flags, request.handOn, request.projected].map((flag) => (flag ? '1' : '0')).join(''),
  ].join(' ');
}

/** The parameters and flags whose values may choose a list's text. */
export function listConditions(traits: ListTraits): string[] {
  return [
    ...traits.filters,
    ...(traits.sorts ? ['sort'] : []),
    'desc',
    'first',
    'after',
    'before',
    'last',
    'pageOnly',
    ...(traits.handsOn ? ['handOn'] : []),
    ...(traits.projects ? ['fields'] : []),
  ];
}

/** Whether a cursor or a last page asks for the stretch between cursors. */
export function hasCursors(request: ListRequest): boolean {
  return request.after || request.before || request.last;
}
