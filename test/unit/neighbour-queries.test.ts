import { builtQuery } from '../../src/cypher/built-queries';
import { UnknownEdgeTypeError } from '../../src/cypher/model-edge-type';
import { namedQuery, specialisedQuery, takesCondition } from '../../src/db/named-queries';
import { ownNames } from '../../src/cypher/query-input';
import { EDGE_TYPES } from '../../src/seed/graph-rows';
import { compactText } from '../support/compact-text';

// The neighbour reads built from the model (src/cypher/): one builder per
// read, the direction and the relationship type its arguments.
const READS = ['neighbour-list-out', 'neighbour-list-in', 'neighbour-page-out', 'neighbour-page-in'] as const;
const arrow = (name: string, type: string) =>
  name.endsWith('-out') ? `(parent)-[r:${type}]->(n)` : `(parent)<-[r:${type}]-(n)`;

describe('the neighbour reads', () => {
  it.each(READS)('%s: one typed pattern per type of the model, in its direction', (name) => {
    for (const type of EDGE_TYPES) {
      const text = specialisedQuery(name, { relType: type, types: [type], label: 'Actor' });
      expect(text).toContain(arrow(name, type));
      expect(text).not.toContain('type(r) IN $types');
    }
  });

  it.each(READS)('%s: refuses a type outside the model, whatever its spelling', (name) => {
    for (const type of ['MEDIATES', 'made', 'MADE]->(x) DETACH DELETE x //', ''])
      expect(() => specialisedQuery(name, { relType: type, types: [type] })).toThrow(UnknownEdgeTypeError);
  });

  it('reads its parents by id with the index hint, or from the nodes handed on', () => {
    const byIds = compactText(specialisedQuery('neighbour-list-in', { relType: 'MADE', types: ['MADE'] }));
    expect(byIds).toMatch(
      /^UNWIND \$ids AS parentId\nOPTIONAL MATCH \(parent:Entity \{ id: parentId \}\)\nUSING INDEX SEEK parent:Entity\(id\)\n/,
    );
    const fromNodes = compactText(specialisedQuery('neighbour-list-in', { relType: 'MADE', parents: true }));
    expect(fromNodes).toMatch(/^UNWIND \$parents AS parent\nWITH parent, parent\.id AS parentId\n/);
    expect(fromNodes).not.toContain('$ids');
  });

  it('leaves out the label test where the model implies the label, and counts a first page of one type apart', () => {
    const page = (params: Record<string, unknown>) =>
      compactText(
        specialisedQuery('neighbour-page-in', { relType: 'MADE', types: ['MADE'], label: 'Actor', ...params }),
      );
    const implied = page({ labelImplied: true, first: 5 });
    expect(implied).not.toContain('labels(n)');
    expect(implied.match(/CALL \(parentId, parent\)/g)).toHaveLength(2);
    expect(implied).toContain('RETURN count(*) AS total');
    expect(implied).toContain('LIMIT $first');
    const tested = page({ labelImplied: false, first: 5 });
    expect(tested.match(/WHERE \$label IN labels\(n\)/g)).toHaveLength(2);
    // After a cursor the whole list is sorted and searched: no LIMIT, no count apart.
    const afterCursor = page({ labelImplied: true, first: 5, after: ['k', 't'] });
    expect(afterCursor).not.toContain('LIMIT');
    expect(afterCursor.match(/CALL \(parentId, parent\)/g)).toHaveLength(1);
    expect(afterCursor).toContain('$after');
  });

  it('sorts by the key, then the far id, then the type and the edge key unless one edge joins a pair', () => {
    const page = (params: Record<string, unknown>) =>
      compactText(specialisedQuery('neighbour-page-out', { types: ['SETS', 'REPEATS'], label: 'Demand', ...params }));
    expect(page({ sort: 'NAME' })).toContain(
      "WITH n, r, toLower(coalesce(n.name, '')) AS key\nORDER BY key ASC, n.id ASC, type(r) ASC, coalesce(r.key, '') ASC",
    );
    expect(page({ sort: 'DATE', desc: true, relType: 'SETS', oneEdgePerPair: true })).toContain(
      "WITH n, r, coalesce(n.date, n.publishedOn, '') AS key\nORDER BY key DESC, n.id DESC\n",
    );
    expect(page({ sort: 'DATE', label: 'Statement' })).toContain('WITH n, r, n.date AS key');
    expect(page({ sort: 'FIRST_VOICED' })).toContain('MATCH (s:Statement)-[:(SETS|REPEATS)]->(n)');
    // A sort with no key of its own (or none) sorts by the id.
    expect(page({ sort: 'NO_SUCH_SORT' })).toContain('WITH n, r, n.id AS key');
  });

  it('projects nodes to $fields, leaving out what the model implies', () => {
    const list = (params: Record<string, unknown>) =>
      compactText(specialisedQuery('neighbour-list-out', { types: ['OWNED_BY'], fields: {}, ...params }));
    expect(list({ relType: 'OWNED_BY', label: 'Actor', bareEdges: true })).toContain(
      'RETURN collect({node: ([n.id] + [k IN $fields[$label] | n[k]])}) AS items',
    );
    expect(list({ label: 'Actor', bareEdges: true })).toContain(
      'collect({node: ([n.id] + [k IN $fields[$label] | n[k]]), edgeType: type(r)}) AS items',
    );
    expect(list({})).toContain('$fields[head([l IN labels(n) WHERE l IN keys($fields)])]');
    expect(list({ fields: null })).toContain('node: properties(n), labels: labels(n)');
  });

  // Combinations of the flags a read takes (none, any one, any two, all
  // but one, all: every flag against every other): the same columns (plus
  // handedOn when it hands on), balanced brackets, no comment, and no parameter but those the loaders and the prefetch send.
  const SENT = new Set(['ids', 'parents', 'types', 'label', 'fields', 'first', 'after', 'before', 'last', 'desc']);
  function combinations(flags: readonly string[]): Set<string>[] {
    const sets: Set<string>[] = [new Set(), new Set(flags)];
    flags.forEach((a, i) => {
      sets.push(new Set([a]), new Set(flags.filter((flag) => flag !== a)));
      for (const b of flags.slice(i + 1)) sets.push(new Set([a, b]));
    });
    return sets;
  }
  it.each(READS)('%s: every variant is well formed, with the same columns', (name) => {
    const flags = builtQuery(name)!.conditions.filter((flag) => !['relType', 'sort', 'label'].includes(flag));
    const texts = new Set<string>();
    for (const set of combinations(flags)) {
      for (const relType of [null, 'MADE']) {
        for (const sort of name.includes('page') ? [null, 'DATE', 'FIRST_VOICED'] : [null]) {
          const params: Record<string, unknown> = { relType, sort, label: 'Statement', types: ['MADE'] };
          for (const flag of flags) params[flag] = set.has(flag) ? true : null;
          const text = specialisedQuery(name, params);
          texts.add(text);
          const columns = name.includes('page')
            ? ['parentId', 'total', 'startAt', 'endAt', 'page']
            : ['parentId', 'items'];
          const built = builtQuery(name)!.build(params, ownNames);
          expect(built.columns).toEqual(params.handOn ? [...columns, 'handedOn'] : columns);
          // The columns the builder reports are the ones its final RETURN names.
          const finalReturn = text.slice(text.lastIndexOf('\nRETURN '));
          for (const column of built.columns) expect(finalReturn).toMatch(new RegExp(`\\b${column}\\b`));
          for (const [open, close] of ['()', '[]', '{}'])
            expect(text.split(open).length).toBe(text.split(close).length);
          expect(text).not.toContain('//');
          for (const [, param] of text.matchAll(/\$(\w+)/g)) expect(SENT).toContain(param);
        }
      }
    }
    expect(texts.size).toBeGreaterThan(10);
  });

  it('answers takesCondition for the flags it reads, and refuses to be read without parameters', () => {
    expect(takesCondition('neighbour-page-out', 'pageOnly')).toBe(true);
    expect(takesCondition('neighbour-list-out', 'pageOnly')).toBe(false);
    for (const name of READS) {
      expect(takesCondition(name, 'parents')).toBe(true);
      expect(takesCondition(name, 'handOn')).toBe(true);
      expect(() => namedQuery(name)).toThrow(/built per parameters/);
    }
  });

  it('builds a variant once and hands back the same text', () => {
    const params = { relType: 'LEADS', types: ['LEADS'], label: 'Actor', first: 3 };
    expect(specialisedQuery('neighbour-page-in', params)).toBe(specialisedQuery('neighbour-page-in', { ...params }));
  });
});
