// The graph as this service knew it at an instant, told from the change
// feed: each record keeps its row's properties before and after the write
// (change-records.ts), so an item's state at T is
//   - after its latest record at or before T (absent if that was a retraction);
//   - else, if it has later records, before the first of them (absent if
//     that one created it);
//   - else as it is now: nothing has touched it since the latest seed run.
// Only the records since the latest seed run are replayed: a seed run
// writes one summary, not one record per item, so an instant before it
// cannot be told and is refused.
import { BadUserInputError } from '../errors/api-errors';

type Props = Record<string, unknown>;

/** One record as known-changes.cypher returns it. */
export interface ReplayRecord {
  kind: string;
  entity: string;
  id: string | null;
  from: string | null;
  to: string | null;
  key: string | null;
  before: string | null;
  after: string | null;
  /** Epoch milliseconds. */
  at: number;
}

/** A relationship as the replay names it. */
export interface EdgeName {
  type: string;
  from: string;
  to: string;
  key: string;
}

const nodeName = (id: string) => `node|${id}`;
export const edgeName = (edge: EdgeName): string => `${edge.type}|${edge.from}|${edge.to}|${edge.key}`;
const parse = (json: string | null): Props | null => (json === null ? null : (JSON.parse(json) as Props));

export class FeedReplay {
  private readonly byItem = new Map<string, ReplayRecord[]>();

  constructor(
    records: readonly ReplayRecord[],
    private readonly at: number,
  ) {
    for (const record of records) {
      const name =
        record.id !== null
          ? nodeName(record.id)
          : edgeName({ type: record.entity, from: record.from ?? '', to: record.to ?? '', key: record.key ?? '' });
      const list = this.byItem.get(name) ?? [];
      list.push(record);
      this.byItem.set(name, list);
    }
  }

  /** Refuses an instant before the latest seed run, which replaced whatever was known before it. */
  static check(argument: string, at: number, seededAt: number | null, seededAtText: string | null): void {
    if (seededAt !== null && at < seededAt) {
      throw new BadUserInputError(
        `${argument} must be on or after the latest seed run (${seededAtText}): what was known before it is not kept`,
        { argument },
      );
    }
  }

  /** A node's properties at the instant (null: it did not exist); `now` is what the graph holds now. */
  node(id: string, now: Props | null): Props | null {
    return this.stateOf(nodeName(id), now);
  }

  edge(edge: EdgeName, now: Props | null): Props | null {
    return this.stateOf(edgeName(edge), now);
  }

  /** The relationships the records name whose type is one of `types` (with `end` at `side`, if given). */
  recordedEdges(types: readonly string[], side?: 'from' | 'to', end?: string): EdgeName[] {
    const found = new Map<string, EdgeName>();
    for (const records of this.byItem.values()) {
      const { id, entity, from, to, key } = records[0];
      if (id !== null || !types.includes(entity)) continue;
      if (side && (side === 'from' ? from : to) !== end) continue;
      const edge = { type: entity, from: from ?? '', to: to ?? '', key: key ?? '' };
      found.set(edgeName(edge), edge);
    }
    return [...found.values()];
  }

  /** Whether the records say anything of a node: if not, it is as it is now. */
  knowsNode(id: string): boolean {
    return this.byItem.has(nodeName(id));
  }

  private stateOf(name: string, now: Props | null): Props | null {
    const records = this.byItem.get(name);
    if (!records) return now;
    const done = records.filter((record) => record.at <= this.at);
    const last = done[done.length - 1];
    if (last) return last.kind === 'retracted' ? null : parse(last.after);
    const next = records[0];
    return next.kind === 'created' ? null : parse(next.before);
  }
}
