// distinctEdges (write-queries.ts) for edges too many to hold: the relation
// edges of a large corpus may repeat across files, and a CREATE (or a bulk
// import) must see each once. Instead of a map of every edge, two external
// sorts: by edge key, to bring repeats together and merge them into the
// first, then by the position of that first one, to give them back in the
// order distinctEdges gives.
import type { EdgeRow } from './graph-rows';
import { compareStrings, externalSort } from './external-sort';

interface Numbered {
  /** Position in the input. */
  seq: number;
  edge: EdgeRow;
}

/** Same edge: same type, ends and key (the props may differ; the later ones win). */
function compareEdgeKeys(a: EdgeRow, b: EdgeRow): number {
  return compareStrings(a.type, b.type) || compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.key, b.key);
}

/**
 * The edges without repeats of the same (type, from, to, key), in
 * first-seen order, each with the props of its repeats merged in input order
 * (the later winning): what distinctEdges returns, in the memory of one
 * sort run. `dir`: where the runs wait (removed after).
 */
export async function* distinctEdgesOnDisk(edges: AsyncIterable<EdgeRow>, options: { dir: string; runLength?: number }): AsyncGenerator<EdgeRow> {
  const byKey = externalSort(numbered(edges), (a, b) => compareEdgeKeys(a.edge, b.edge) || a.seq - b.seq, options);
  const firstOfEach = externalSort(mergeRepeats(byKey), (a, b) => a.seq - b.seq, options);
  for await (const { edge } of firstOfEach) yield edge;
}

async function* numbered(edges: AsyncIterable<EdgeRow>): AsyncGenerator<Numbered> {
  let seq = 0;
  for await (const edge of edges) yield { seq: seq++, edge };
}

/** Sorted by key then position: each run of one key becomes its first edge, with the others' props merged in order. */
async function* mergeRepeats(sorted: AsyncIterable<Numbered>): AsyncGenerator<Numbered> {
  let first: Numbered | undefined;
  for await (const next of sorted) {
    if (first && compareEdgeKeys(first.edge, next.edge) === 0) {
      first.edge.props = { ...first.edge.props, ...next.edge.props };
      continue;
    }
    if (first) yield first;
    first = next;
  }
  if (first) yield first;
}
