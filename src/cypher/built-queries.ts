// The queries built from the model rather than read from cypher/queries:
// each is asked for by name like a file-backed query (src/db/named-queries.ts),
// and its text depends on the flags and fixed words its `conditions` name.
// A text is built once per combination of what chooses it and kept: the
// composed read asks for its steps' texts on every request.
import type { Params } from '../db/executor';
import { anyTypeEdgeWrite } from './edge-write-queries';
import { neighbourListQuery } from './neighbour-list-query';
import { neighbourPageQuery } from './neighbour-page-query';
import { LIST_CONDITIONS, listOptions, PAGE_CONDITIONS, pageOptions } from './neighbour-read-options';
import type { Direction } from './neighbour-pattern';

export interface BuiltQuery {
  /** The parameters and flags whose values choose the text. */
  readonly conditions: readonly string[];
  /** The text for these parameters; throws for a combination it has no text for (a type outside the model). */
  text(params: Params): string;
}

/** Texts kept per query: one per combination of what chooses them, which the model and the enums bound. */
const MAX_VARIANTS = 2048;

function builtPerOptions<TOptions extends object>(
  conditions: readonly string[],
  optionsOf: (params: Params) => TOptions,
  build: (options: TOptions) => string,
): BuiltQuery {
  const texts = new Map<string, string>();
  return {
    conditions,
    text(params) {
      const options = optionsOf(params);
      const key = Object.values(options).join(' ');
      let text = texts.get(key);
      if (text === undefined) {
        text = build(options);
        if (texts.size < MAX_VARIANTS) texts.set(key, text);
      }
      return text;
    },
  };
}

function fixed(build: () => string): BuiltQuery {
  let text: string | undefined;
  return { conditions: [], text: () => (text ??= build()) };
}

const neighbourList = (direction: Direction, name: string) =>
  builtPerOptions(LIST_CONDITIONS, (params) => listOptions(name, direction, params), neighbourListQuery);
const neighbourPage = (direction: Direction, name: string) =>
  builtPerOptions(PAGE_CONDITIONS, (params) => pageOptions(name, direction, params), neighbourPageQuery);

const BUILT_QUERIES: ReadonlyMap<string, BuiltQuery> = new Map([
  ['neighbour-list-out', neighbourList('out', 'neighbour-list-out')],
  ['neighbour-list-in', neighbourList('in', 'neighbour-list-in')],
  ['neighbour-page-out', neighbourPage('out', 'neighbour-page-out')],
  ['neighbour-page-in', neighbourPage('in', 'neighbour-page-in')],
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
