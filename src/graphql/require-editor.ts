import { ForbiddenError, UnauthenticatedError } from '../errors/api-errors';
import type { Viewer } from './viewer';
import type { GraphqlContext } from './context';

/** Roles that may change the graph; a `reader` key may only read. */
const WRITER_ROLES: ReadonlySet<string> = new Set(['editor', 'admin']);

/** Reads are public; writes need an API key (UNAUTHENTICATED) of a writing role (FORBIDDEN). */
export function requireEditor(context: GraphqlContext): Viewer {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (!WRITER_ROLES.has(viewer.role)) throw new ForbiddenError(`The key "${viewer.name}" may not change the graph`);
  return viewer;
}
