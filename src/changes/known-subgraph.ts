// The part of the graph an answer walks, as this service knew it at an
// instant: the items read now (add*), replayed through the feed's records
// (feed-replay.ts). Relationships the records name but the graph no longer
// holds come back too, and the nodes at their ends are read as they are now
// when no record says otherwise (an actor whose statement was retracted).
import type { DataAccess } from '../repositories/data-access';
import type { Props } from '../repositories/node-mapper';
import { edgeName } from './feed-replay';
import type { EdgeName, FeedReplay } from './feed-replay';

export class KnownSubgraph {
  private readonly nodesNow = new Map<string, Props>();
  private readonly edgesNow = new Map<string, EdgeName>();

  constructor(private readonly replay: FeedReplay) {}

  /** A node as the graph holds it now (null: none). Whole properties win over partial ones. */
  addNode(props: Props | null, partial = false): void {
    if (!props) return;
    const id = String(props.id);
    if (!partial || !this.nodesNow.has(id)) this.nodesNow.set(id, props);
  }

  /** A relationship the graph holds now, when both its ends are there. */
  addEdge(type: string, from: unknown, to: unknown, key: unknown): void {
    if (from == null || to == null) return;
    const edge = { type, from: String(from), to: String(to), key: key == null ? '' : String(key) };
    this.edgesNow.set(edgeName(edge), edge);
  }

  /** The relationships of `types` (with `end` at `side`, if given) that stood at the instant. */
  edgesThen(types: readonly string[], side?: 'from' | 'to', end?: string): EdgeName[] {
    const now = [...this.edgesNow.values()].filter(
      (edge) => types.includes(edge.type) && (!side || edge[side] === end),
    );
    const candidates = new Map([...now, ...this.replay.recordedEdges(types, side, end)].map((e) => [edgeName(e), e]));
    return [...candidates.values()].filter(
      (edge) => this.replay.edge(edge, this.edgesNow.has(edgeName(edge)) ? {} : null) !== null,
    );
  }

  /** Reads, as they are now, the nodes of `ids` neither the graph read nor the records know. */
  async readMissing(data: DataAccess, ids: Iterable<string | null>): Promise<void> {
    const missing = [...new Set(ids)].filter(
      (id): id is string => id !== null && !this.nodesNow.has(id) && !this.replay.knowsNode(id),
    );
    if (missing.length === 0) return;
    const rows = await data.runner.read<{ id: string; node: Props }>('nodes-by-id', { ids: missing });
    for (const row of rows) this.nodesNow.set(row.id, row.node);
  }

  /** A node's properties at the instant; null when it did not exist (or `id` is null). */
  nodeThen(id: string | null): Props | null {
    return id === null ? null : this.replay.node(id, this.nodesNow.get(id) ?? null);
  }
}
