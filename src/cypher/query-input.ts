// How a built query names what it reads from outside. The caller decides:
// run on its own, `$first` is the parameter `first`; as a step of a composed
// query (src/prefetch/compose-cypher.ts) the same input may be the step's own
// parameter (`$s3_first`), a shared one (`$fields`) or a variable the composed
// query binds (the ids gathered from the step above). The builder prints
// whatever it is given, so no text is renamed after it is built.
import Cypher from '@neo4j/cypher-builder';

/** A parameter, or a variable bound by an enclosing query. */
export type QueryInput = Cypher.Param | Cypher.Variable;

/** The input a query reads under `name` (ids, first, fields, ...). */
export type InputOf = (name: string) => QueryInput;

/**
 * A parameter that reports itself as read: the builder returns the params
 * with a value, so a parameter holding its own name shows, in what a build
 * returns, which names the text reads (the value itself travels apart).
 */
export function readParam(name: string): Cypher.NamedParam {
  return new Cypher.NamedParam(name, name);
}

/** Each input the parameter of its own name: a query run as it is. */
export const ownNames: InputOf = readParam;
