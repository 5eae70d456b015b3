import { anyTypeEdgeWrite, edgeWriteOfType } from '../../src/cypher/edge-write-queries';
import { UnknownEdgeTypeError } from '../../src/cypher/model-edge-type';
import { namedQuery } from '../../src/db/named-queries';
import { compactText } from '../support/compact-text';
import { EDGE_TYPES } from '../../src/seed/graph-rows';
import type { EdgeType } from '../../src/seed/graph-rows';

// The edge writes built over the model's types (src/cypher/edge-write-queries.ts).
describe('the edge writes', () => {
  it('write one type by MERGE or CREATE between the two ends, counting the rows', () => {
    for (const type of EDGE_TYPES) {
      expect(compactText(edgeWriteOfType(type, 'merge'))).toBe(
        [
          'UNWIND $rows AS row',
          'MATCH (from:Entity { id: row.from })',
          'MATCH (to:Entity { id: row.to })',
          `MERGE (from)-[r:${type} { key: row.key }]->(to)`,
          'SET r += row.props',
          'RETURN count(*) AS written',
        ].join('\n'),
      );
      expect(compactText(edgeWriteOfType(type, 'create'))).toContain(
        `\nCREATE (from)-[r:${type} { key: row.key }]->(to)\n`,
      );
    }
  });

  it('refuse a type outside the model', () => {
    expect(() => edgeWriteOfType('MEDIATES' as EdgeType)).toThrow(UnknownEdgeTypeError);
  });

  it('seed-edges: one branch per type of the model, after leaving out rows of any other type', () => {
    const text = compactText(namedQuery('seed-edges'));
    expect(text).toBe(compactText(anyTypeEdgeWrite()));
    expect(text).toContain(`WITH from, to, row\nWHERE row.type IN [${EDGE_TYPES.map((t) => `'${t}'`).join(', ')}]\n`);
    for (const type of EDGE_TYPES)
      expect(text).toContain(
        `FOREACH (_ IN CASE\nWHEN row.type = '${type}' THEN [1]\nELSE []\nEND |\nMERGE (from)-[r:${type} { key: row.key }]->(to)\nSET r += row.props\n)`,
      );
    expect(text.match(/FOREACH/g)).toHaveLength(EDGE_TYPES.length);
    expect(text.endsWith('\nRETURN count(*) AS written')).toBe(true);
  });
});
