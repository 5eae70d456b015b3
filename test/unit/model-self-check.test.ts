import 'reflect-metadata';
import { specialisedQuery } from '../../src/db/named-queries';
import { compactText } from '../support/compact-text';
import { UnknownEdgeTypeError } from '../../src/cypher/model-edge-type';
import { assertModelComplete, DECLARED_MODEL, modelGaps, ModelIncompleteError } from '../../src/db/model-self-check';

// The model's relationship types against the queries that must handle each
// (src/db/model-self-check.ts, run at server start too).
describe('the model checked against its query builders', () => {
  it('finds nothing missing in the model as declared', () => {
    expect(modelGaps()).toEqual([]);
    expect(() => assertModelComplete()).not.toThrow();
  });

  it('names every place a new edge type is missing from', () => {
    const extended = { ...DECLARED_MODEL, edgeTypes: [...DECLARED_MODEL.edgeTypes, 'MEDIATES'] };
    expect(modelGaps(extended)).toEqual([
      'MEDIATES: no typed read in neighbour-list-out (the builders take the types of src/model/edge-ends.ts only)',
      'MEDIATES: no typed read in neighbour-list-in (the builders take the types of src/model/edge-ends.ts only)',
      'MEDIATES: no typed read in neighbour-page-out (the builders take the types of src/model/edge-ends.ts only)',
      'MEDIATES: no typed read in neighbour-page-in (the builders take the types of src/model/edge-ends.ts only)',
      'MEDIATES: no edge write (the builders take the types of src/model/edge-ends.ts only)',
      'MEDIATES: no analytics handling (src/analytics/edge-reads.ts)',
      'MEDIATES: no GraphQL field reads it (src/prefetch/field-loads.ts)',
    ]);
    expect(() => assertModelComplete(extended)).toThrow(ModelIncompleteError);
    expect(() => assertModelComplete(extended)).toThrow(/MEDIATES: no edge write/);
  });

  it('names a relation type that is no edge type, or that the relations analytics would not read', () => {
    const extended = {
      ...DECLARED_MODEL,
      relationTypes: [...DECLARED_MODEL.relationTypes, 'GUARANTEES', 'MADE'],
    };
    expect(modelGaps(extended)).toEqual([
      'GUARANTEES: a relation type that is not an edge type',
      'MADE: a relation type that analytics-relations does not read',
    ]);
  });

  it('names an analytics query that does not read the type it is said to read', () => {
    const analyticsReads = { ...DECLARED_MODEL.analyticsReads, LEADS: { query: 'analytics-demands' } };
    expect(modelGaps({ ...DECLARED_MODEL, analyticsReads })).toEqual([
      'LEADS: analytics-demands does not read it, though src/analytics/edge-reads.ts says so',
      'LEADS: a relation type that analytics-relations does not read',
    ]);
  });

  it('names an edge type no GraphQL field walks', () => {
    const { Demand, ...fieldLoads } = DECLARED_MODEL.fieldLoads;
    expect(Object.keys(Demand)).toContain('conflicts');
    expect(modelGaps({ ...DECLARED_MODEL, fieldLoads })).toEqual([
      'CONFLICTS_WITH: no GraphQL field reads it (src/prefetch/field-loads.ts)',
    ]);
  });
});

describe('a typed walk', () => {
  it.each(['neighbour-list-out', 'neighbour-list-in', 'neighbour-page-out', 'neighbour-page-in'])(
    '%s: names its one type in the pattern, and throws for a type outside the model',
    (query) => {
      expect(specialisedQuery(query, { relType: 'LEADS', types: ['LEADS'] })).toContain('[r:LEADS]');
      expect(() => specialisedQuery(query, { relType: 'MEDIATES', types: ['MEDIATES'] })).toThrow(UnknownEdgeTypeError);
      expect(() => specialisedQuery(query, { relType: 'MEDIATES', types: ['MEDIATES'] })).toThrow(
        `Built query ${query}: "MEDIATES" is not a relationship type of the model`,
      );
    },
  );

  it('of several types matches any relationship and filters by $types', () => {
    const text = compactText(specialisedQuery('neighbour-list-out', { relType: null, types: ['LEADS', 'PART_OF'] }));
    expect(text).toContain('MATCH (parent)-[r]->(n)\nWHERE type(r) IN $types');
  });
});
