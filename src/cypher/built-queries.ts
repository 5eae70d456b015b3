// The queries built from the model and from declarations rather than read
// from cypher/queries: each is asked for by name like a file-backed query
// (src/db/named-queries.ts), and its text depends on the flags and fixed
// words its `conditions` name. A query is built as a clause whose inputs the
// caller names (query-input.ts): under their own names for a query run on
// its own, per step in a composed read (src/prefetch/compose-cypher.ts). The
// text under its own names is built once per combination of what chooses it
// and kept: reads ask for it on every request.
import type { Params } from '../db/executor';
import { anyTypeEdgeWrite } from './edge-write-queries';
import type { BuiltClause } from './built-clause';
import type { ListDeclaration } from './list-query';
import { listQuery } from './list-query';
import { listConditions, listRequest, listRequestKey } from './list-request';
import { articleActorsList } from './lists/article-actors-list';
import { articleDemandsList } from './lists/article-demands-list';
import { actorsList } from './lists/actors-list';
import { articlesList } from './lists/articles-list';
import { demandsList } from './lists/demands-list';
import { eventsList } from './lists/events-list';
import { territoriesList } from './lists/territories-list';
import { neighbourListQuery } from './neighbour-list-query';
import { neighbourPageQuery } from './neighbour-page-query';
import { LIST_CONDITIONS, listOptions, PAGE_CONDITIONS, pageOptions } from './neighbour-read-options';
import type { Direction } from './neighbour-pattern';
import { nodesByIdQuery } from './nodes-by-id-query';
import { PATH_HOPS, shortestPathQuery } from './shortest-path-query';
import { actorRejectionsMadeList, actorRejectionsReceivedList, rejectionsList } from './lists/rejections-list';
import { statementsList } from './lists/statements-list';
import { statementsSearchQuery, statementsSearchTraits } from './lists/statements-search-query';
import { isSet } from './list-request';
import type { InputOf } from './query-input';
import { ownNames } from './query-input';

export interface BuiltQuery {
  /** The parameters and flags whose values choose the text. */
  readonly conditions: readonly string[];
  /** What of `params` chooses the query: equal keys, equal queries. Throws for a combination it has no query for (a type outside the model). */
  variantKey(params: Params): string;
  /** The query for `params`, its inputs as `input` names them, with the columns its rows have. */
  build(params: Params, input: InputOf): BuiltClause;
  /** The text for `params`, each input the parameter of its own name. */
  text(params: Params): string;
  /** The labels of $fields the query reads for `params` (null: any of them; none when it is not projected). */
  fieldsRead(params: Params): readonly string[] | null;
}

/** Texts kept per query: one per combination of what chooses them, which the model and the enums bound. */
const MAX_VARIANTS = 2048;

function builtPerOptions<TOptions extends object>(
  conditions: readonly string[],
  optionsOf: (params: Params) => TOptions,
  keyOf: (options: TOptions) => string,
  build: (options: TOptions, input: InputOf) => BuiltClause,
  fieldsRead: (params: Params) => readonly string[] | null,
): BuiltQuery {
  const texts = new Map<string, string>();
  return {
    conditions,
    variantKey: (params) => keyOf(optionsOf(params)),
    build: (params, input) => build(optionsOf(params), input),
    text(params) {
      const options = optionsOf(params);
      const key = keyOf(options);
      let text = texts.get(key);
      if (text === undefined) {
        text = build(options, ownNames).clause.build().cypher;
        if (texts.size < MAX_VARIANTS) texts.set(key, text);
      }
      return text;
    },
    fieldsRead,
  };
}

const valuesKey = (options: object) => Object.values(options).join(' ');
const readsNoFields = () => [];
/** A page projects its entries by the walk's far label ($label). */
const fieldsOfPage = (params: Params) => (typeof params.label === 'string' ? [params.label] : null);
/** A list projects by the walk's label where it leaves out what the model implies, else by each node's own label (any). */
const fieldsOfList = (params: Params) =>
  typeof params.label === 'string' && isSet(params.bareEdges) ? [params.label] : null;

const neighbourList = (direction: Direction, name: string) =>
  builtPerOptions(
    LIST_CONDITIONS,
    (params) => listOptions(name, direction, params),
    valuesKey,
    neighbourListQuery,
    fieldsOfList,
  );
const neighbourPage = (direction: Direction, name: string) =>
  builtPerOptions(
    PAGE_CONDITIONS,
    (params) => pageOptions(name, direction, params),
    valuesKey,
    neighbourPageQuery,
    fieldsOfPage,
  );

const list = (declaration: ListDeclaration) =>
  builtPerOptions(
    listConditions(declaration),
    (params) => listRequest(declaration, params),
    (request) => listRequestKey(declaration, request),
    (request, input) => listQuery(declaration, request, input),
    () => (declaration.projects ? (declaration.fieldsRead ?? (declaration.label ? [declaration.label] : [])) : []),
  );

const statementsSearch = builtPerOptions(
  [...listConditions(statementsSearchTraits), 'search'],
  (params) => listRequest(statementsSearchTraits, params),
  (request) => listRequestKey(statementsSearchTraits, request),
  statementsSearchQuery,
  () => ['Statement'],
);

const nodesById = builtPerOptions(
  ['fields', 'handOn'],
  (params) => ({ projected: isSet(params.fields), handOn: isSet(params.handOn) }),
  valuesKey,
  nodesByIdQuery,
  () => null,
);

const shortestPath = builtPerOptions(
  ['hops', 'types'],
  (params) => ({
    hops: PATH_HOPS.find((hops) => String(hops) === params.hops) ?? PATH_HOPS[PATH_HOPS.length - 1],
    typed: isSet(params.types),
  }),
  valuesKey,
  shortestPathQuery,
  readsNoFields,
);

/** A write of one text: the clause has no inputs but its own parameter ($rows). */
function fixed(build: () => string): BuiltQuery {
  let text: string | undefined;
  return {
    conditions: [],
    variantKey: () => '',
    build: () => {
      throw new Error('A fixed write is not built per parameters');
    },
    text: () => (text ??= build()),
    fieldsRead: readsNoFields,
  };
}

const BUILT_QUERIES: ReadonlyMap<string, BuiltQuery> = new Map([
  ['neighbour-list-out', neighbourList('out', 'neighbour-list-out')],
  ['neighbour-list-in', neighbourList('in', 'neighbour-list-in')],
  ['neighbour-page-out', neighbourPage('out', 'neighbour-page-out')],
  ['neighbour-page-in', neighbourPage('in', 'neighbour-page-in')],
  ['nodes-by-id', nodesById],
  ['shortest-path', shortestPath],
  ['actors-page', list(actorsList)],
  ['articles-page', list(articlesList)],
  ['territories-page', list(territoriesList)],
  ['events-page', list(eventsList)],
  ['demands-page', list(demandsList)],
  ['article-actors-page', list(articleActorsList)],
  ['article-demands-page', list(articleDemandsList)],
  ['statements-page', list(statementsList)],
  ['statements-search-page', statementsSearch],
  ['rejections-page', list(rejectionsList)],
  ['actor-rejections-made-page', list(actorRejectionsMadeList)],
  ['actor-rejections-received-page', list(actorRejectionsReceivedList)],
  // Every type in one query, for the API's mutations (a change writes few edges, of any types).
  ['seed-edges', fixed(anyTypeEdgeWrite)],
]);

/** The built query of this name, if it is one. */
export function builtQuery(name: string): BuiltQuery | undefined {
  return BUILT_QUERIES.get(name);
}

/** The names of the built queries. */
export function builtQueryNames(): string[] {
  return [...BUILT_QUERIES.keys()];
}
