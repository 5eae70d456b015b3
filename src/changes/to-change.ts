import { Change, ChangeKind } from '../model/change.type';
import { encodeChangeCursor } from './change-cursor';
import type { FeedChange } from './change-record';

/** A feed record as the GraphQL type shows it. */
export function toChange(record: FeedChange): Change {
  return Object.assign(new Change(), {
    cursor: encodeChangeCursor(record.seq),
    kind: record.kind as ChangeKind,
    entity: record.entity,
    id: record.id ?? null,
    from: record.from ?? null,
    to: record.to ?? null,
    edition: record.edition,
    author: record.author,
    operation: record.operation,
    at: record.at,
    count: record.count ?? null,
  });
}
