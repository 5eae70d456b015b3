import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distinctEdgesOnDisk } from '../../src/seed/distinct-edges-on-disk';
import type { EdgeRow, EdgeType } from '../../src/seed/graph-rows';
import { distinctEdges } from '../../src/seed/write-queries';

// The relation edges of a large corpus are made distinct on disk; the
// result must be exactly distinctEdges' (same edges, same order, same
// merged props), however many sort runs it takes.

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-distinct-edges-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function* fromArray(edges: readonly EdgeRow[]): AsyncGenerator<EdgeRow> {
  for (const edge of edges) yield structuredClone(edge);
}

async function collect(edges: AsyncIterable<EdgeRow>): Promise<EdgeRow[]> {
  const out: EdgeRow[] = [];
  for await (const edge of edges) out.push(edge);
  return out;
}

/** Edges with many repeats (few ends and keys), props that differ between repeats. */
function relationEdges(count: number): EdgeRow[] {
  let state = 99;
  const next = (modulo: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % modulo;
  };
  const types: EdgeType[] = ['SPEAKS_FOR', 'MEMBER_OF', 'CLAIMS'];
  return Array.from({ length: count }, (_, seq) => ({
    type: types[next(3)],
    from: `actor-${next(6)}`,
    to: `actor-${next(6)}`,
    key: `article-${next(3)}`,
    props: { article: `article-${seq % 5}`, seq, ...(next(2) === 0 ? { role: `role-${seq}` } : {}) },
  }));
}

describe('distinctEdgesOnDisk', () => {
  it.each([1, 7, 64, 10_000])('gives what distinctEdges gives (runs of %i)', async (runLength) => {
    const edges = relationEdges(400);
    const expected = distinctEdges(structuredClone(edges));
    expect(expected.length).toBeLessThan(edges.length);
    expect(expected.length).toBeGreaterThan(50);
    const got = await collect(distinctEdgesOnDisk(fromArray(edges), { dir, runLength }));
    expect(got).toEqual(expected);
    // Props merged in input order: the later repeat wins, the keys keep distinctEdges' order.
    expect(got.map((edge) => Object.keys(edge.props))).toEqual(expected.map((edge) => Object.keys(edge.props)));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('tells edges apart by type, ends and key alone', async () => {
    const edge = (type: EdgeType, from: string, to: string, key: string, props: Record<string, unknown>): EdgeRow => ({
      type,
      from,
      to,
      key,
      props,
    });
    const edges = [
      edge('CLAIMS', 'a', 'b', '', { n: 1 }),
      edge('CLAIMS', 'a', 'b', 'k', { n: 2 }),
      edge('CONTROLS', 'a', 'b', '', { n: 3 }),
      edge('CLAIMS', 'b', 'a', '', { n: 4 }),
      edge('CLAIMS', 'a', 'b', '', { n: 5, extra: true }),
    ];
    const got = await collect(distinctEdgesOnDisk(fromArray(edges), { dir, runLength: 2 }));
    expect(got).toEqual([
      edge('CLAIMS', 'a', 'b', '', { n: 5, extra: true }),
      edge('CLAIMS', 'a', 'b', 'k', { n: 2 }),
      edge('CONTROLS', 'a', 'b', '', { n: 3 }),
      edge('CLAIMS', 'b', 'a', '', { n: 4 }),
    ]);
  });
});
