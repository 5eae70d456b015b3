// A relationship type goes into a built query's text (Neo4j takes no type as
// a parameter that it can plan an expand on), so only a type the model
// declares is let in: never text from a client, never a type the model has
// forgotten, which would build a pattern that reads nothing.
import { isEdgeType } from '../domain';
import type { EdgeType } from '../domain';

export class UnknownEdgeTypeError extends Error {
  constructor(
    readonly query: string,
    readonly type: unknown,
  ) {
    super(
      `Built query ${query}: ${JSON.stringify(type)} is not a relationship type of the model (src/model/edge-ends.ts)`,
    );
    this.name = 'UnknownEdgeTypeError';
  }
}

/** `type` as a relationship type of the model; throws UnknownEdgeTypeError for anything else. */
export function modelEdgeType(type: unknown, query: string): EdgeType {
  if (typeof type !== 'string' || !isEdgeType(type)) throw new UnknownEdgeTypeError(query, type);
  return type;
}
