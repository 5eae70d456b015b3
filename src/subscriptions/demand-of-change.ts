import { relationship } from '../domain';
import type { FeedChange } from '../changes/change-record';
import { WHOLE_GRAPH } from '../changes/change-record';

/**
 * The demand a change is about: the Demand node itself, or the Demand end of
 * a relationship whose declaration (src/domain/) puts only demands at that
 * end. Null for anything else.
 */
export function demandOfChange(change: FeedChange): string | null {
  if (change.entity === 'Demand') return change.id;
  if (change.entity === WHOLE_GRAPH || change.id !== null) return null;
  const declared = relationship(change.entity);
  if (declared.to.length === 1 && declared.to[0] === 'Demand') return change.to;
  if (declared.from.length === 1 && declared.from[0] === 'Demand') return change.from;
  return null;
}
