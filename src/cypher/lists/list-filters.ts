// Filters several lists share, each written once.
import Cypher from '@neo4j/cypher-builder';
import type { QueryInput } from '../query-input';

/** The line break between a node's searchText lines, written as Cypher's escape (the builder would print it raw). */
const LINE_BREAK = new Cypher.Raw("'\\n'");

/**
 * Every word of `words` (folded with src/text/fold.ts, like searchText)
 * starts a word of one line of the node's searchText (its name and aliases):
 * "pesk" finds Peskov, "us" the United States (alias US) but not Russia.
 */
export function startsWordsOf(node: Cypher.Node, words: QueryInput): Cypher.Predicate {
  const word = new Cypher.NamedVariable('word');
  const line = new Cypher.NamedVariable('line');
  const startsAWord = Cypher.or(
    Cypher.startsWith(line, word),
    Cypher.contains(line, Cypher.plus(new Cypher.Literal(' '), word)),
    Cypher.contains(line, Cypher.plus(new Cypher.Literal('-'), word)),
  );
  return Cypher.all(word, words, Cypher.any(line, Cypher.split(node.property('searchText'), LINE_BREAK), startsAWord));
}

/**
 * Dates compare at the coarser precision of the two: on or after `from`,
 * or a date `from` begins with (2022 and 2022-10 for 2022-10-16).
 */
export function onOrAfter(date: Cypher.Property, from: QueryInput): Cypher.Predicate {
  return Cypher.or(Cypher.gte(date, from), Cypher.startsWith(from, date));
}

/** On or before `to`, or a date that begins with it. */
export function onOrBefore(date: Cypher.Property, to: QueryInput): Cypher.Predicate {
  return Cypher.or(Cypher.lte(date, to), Cypher.startsWith(date, to));
}

/** `EXISTS { <pattern> }`. */
export function exists(pattern: Cypher.Pattern): Cypher.Exists {
  return new Cypher.Exists(pattern);
}

/** `(:Label {id: <id>})`: a node named by an id parameter, as a pattern's end. */
export function nodeWithId(label: string, id: QueryInput): { labels: string[]; properties: { id: QueryInput } } {
  return { labels: [label], properties: { id } };
}

/** A MATCH whose WHERE holds the predicates given (none: no WHERE). */
export function matchWhere(pattern: Cypher.Pattern, predicates: readonly Cypher.Predicate[]): Cypher.Match {
  const match = new Cypher.Match(pattern);
  if (predicates.length > 0) match.where(Cypher.and(...predicates));
  return match;
}
