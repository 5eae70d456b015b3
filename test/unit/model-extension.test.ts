// The database layer's setup (test/support/worker-store.ts) loads the
// executor before every suite: loading it must leave the model open, or a
// suite could not declare a relationship type of its own (see
// test/integration/declared-relationship.test.ts).
import '../support/test-database';
import '../../src/db/named-queries';
import { declareRelationship, domainModel } from '../../src/domain/model';
import type { RelationshipDeclaration } from '../../src/domain/relationship-declaration';

const MEDIATES: RelationshipDeclaration = {
  description: 'Actor mediates between parties at Event.',
  from: ['Actor'],
  to: ['Event'],
  cardinality: 'many-to-many',
  key: 'none',
  properties: {},
  annotation: [{ section: 'events', field: 'mediators' }],
  analytics: { notAnalysed: 'a test type' },
  fields: [],
};

describe('extending the model', () => {
  it('is open after the executor and the named queries have loaded, and closed once the model is read', () => {
    expect(() => declareRelationship('mediates', MEDIATES)).toThrow(/UPPER_SNAKE_CASE/);
    expect(() => declareRelationship('MADE', MEDIATES)).toThrow(/declared already/);
    expect(() => declareRelationship('MEDIATES', MEDIATES)).not.toThrow();
    expect(domainModel().edgeTypes).toContain('MEDIATES');
    expect(() => declareRelationship('LATE_TYPE', MEDIATES)).toThrow(/read already/);
  });
});
