import { decodeChangeCursor, encodeChangeCursor } from '../../src/changes/change-cursor';
import { mutationChanges, seedChanges } from '../../src/changes/change-records';
import type { FeedChange } from '../../src/changes/change-record';
import { NODE_LABELS } from '../../src/domain';
import { toGraphRows } from '../../src/seed/graph-rows';
import type { GraphRows } from '../../src/seed/graph-rows';
import { validateCorpus } from '../../src/seed/validate-corpus';
import { demandOfChange } from '../../src/subscriptions/demand-of-change';
import { fixtureDocs, inputFromDocs } from '../fixtures/valid-corpus';

/** Graph rows with nothing in them: a change that only deletes writes these. */
function emptyRows(): GraphRows {
  return {
    nodes: Object.fromEntries(NODE_LABELS.map((label) => [label, []])) as unknown as GraphRows['nodes'],
    edges: [],
  };
}

describe('change records', () => {
  const corpus = validateCorpus(inputFromDocs(fixtureDocs()));
  const rows = toGraphRows(corpus);
  const rowCount = Object.values(rows.nodes).reduce((sum, list) => sum + list.length, 0) + rows.edges.length;

  it('are created for rows the corpus before did not hold, updated for rows it did', () => {
    const fresh = mutationChanges(rows, null, 'ed', 'publishArticle');
    expect(fresh.records).toHaveLength(rowCount);
    expect(new Set(fresh.records.map((record) => record.kind))).toEqual(new Set(['created']));
    expect(fresh).toMatchObject({ author: 'ed', operation: 'publishArticle' });

    const again = mutationChanges(rows, rows, 'ed', 'addStatement');
    expect(new Set(again.records.map((record) => record.kind))).toEqual(new Set(['updated']));
  });

  it('are retracted for the rows a change deletes, with the node label the graph before gave it', () => {
    const edge = rows.edges[0];
    const node = rows.nodes.Statement[0];
    const { records } = mutationChanges(emptyRows(), rows, 'ed', 'retractAnnotation', {
      nodeIds: [node.id],
      edges: [edge],
    });
    expect(records).toEqual([
      {
        kind: 'retracted',
        entity: 'Statement',
        id: node.id,
        from: null,
        to: null,
        key: null,
        count: null,
        before: JSON.stringify({ ...node.props, id: node.id }),
        after: null,
      },
      {
        kind: 'retracted',
        entity: edge.type,
        id: null,
        from: edge.from,
        to: edge.to,
        key: edge.key,
        count: null,
        before: JSON.stringify(edge.props),
        after: null,
      },
    ]);
  });

  it('keep the properties before and after a write, so the graph at a past time can be told', () => {
    const node = rows.nodes.Statement[0];
    const edited = {
      ...rows,
      nodes: { ...rows.nodes, Statement: [{ id: node.id, props: { ...node.props, text: 'x' } }] },
    };
    const record = mutationChanges(edited, rows, 'ed', 'updateAnnotation').records.find(
      (candidate) => candidate.id === node.id,
    );
    expect(record).toMatchObject({ kind: 'updated' });
    expect(JSON.parse(record!.before!)).toEqual({ ...node.props, id: node.id });
    expect(JSON.parse(record!.after!)).toEqual({ ...node.props, text: 'x', id: node.id });
    const created = mutationChanges(rows, null, 'ed', 'publishArticle').records[0];
    expect(created.before).toBeNull();
    expect(created.after).not.toBeNull();
  });

  it('name a node by id and a relationship by its ends and key, nodes first', () => {
    const { records } = mutationChanges(rows, null, 'ed', 'publishArticle');
    const firstEdge = records.findIndex((record) => record.id === null);
    expect(records.slice(firstEdge).every((record) => record.id === null && record.from && record.to)).toBe(true);
    expect(records.slice(0, firstEdge).every((record) => record.id && record.from === null)).toBe(true);
  });

  it('summarise a seed run in one record with its row count', () => {
    expect(seedChanges(rows).records).toEqual([
      {
        kind: 'seeded',
        entity: 'Graph',
        id: null,
        from: null,
        to: null,
        key: null,
        count: rowCount,
        before: null,
        after: null,
      },
    ]);
  });
});

describe('change cursors', () => {
  it('round-trip a seq and refuse anything else with BAD_USER_INPUT', () => {
    expect(decodeChangeCursor(encodeChangeCursor(42))).toBe(42);
    for (const bad of [
      '',
      'abc',
      Buffer.from('change:-1').toString('base64url'),
      encodeChangeCursor(1) + '!',
      'Y2hhbmdlOjEuNQ',
    ]) {
      expect(() => decodeChangeCursor(bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});

describe('the demand a change is about', () => {
  const change = (entity: string, id: string | null, from: string | null, to: string | null) =>
    ({ entity, id, from, to }) as FeedChange;

  it('is the Demand node, or the demand end of a relationship declared with one', () => {
    expect(demandOfChange(change('Demand', 'demand-a', null, null))).toBe('demand-a');
    expect(demandOfChange(change('REJECTS', null, 'stmt-1', 'demand-a'))).toBe('demand-a');
    expect(demandOfChange(change('OWNED_BY', null, 'demand-b', 'actor-x'))).toBe('demand-b');
    expect(demandOfChange(change('MADE', null, 'actor-x', 'stmt-1'))).toBeNull();
    expect(demandOfChange(change('Statement', 'stmt-1', null, null))).toBeNull();
    expect(demandOfChange(change('Graph', null, null, null))).toBeNull();
  });
});
