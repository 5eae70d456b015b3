import { getNamedType, getOperationAST, isAbstractType, parse, isLeafType, isNonNullType, isObjectType } from 'graphql';
import type { GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { FIELD_LOADS } from '../../src/prefetch/field-loads';
import { planOperation } from '../../src/prefetch/plan';
import { allSteps } from '../../src/prefetch/plan-steps';
import type { PlanStep } from '../../src/prefetch/plan';
import { composeQuery, startsFromNodes } from '../../src/prefetch/compose-cypher';
import { PROJECTED_NODES, projectionOf } from '../../src/prefetch/projection';
import type { ProjectedQuery } from '../../src/prefetch/projected-queries';
import type { Row } from '../../src/db/executor';
import { domainLabel, FIELD_PROPERTIES, mappedProperties, toNode } from '../../src/repositories/node-mapper';
import type { NodeLabel } from '../../src/model/node.interface';
import { runGraphql } from '../support/api-graphql';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The prefetch must only save round trips: for every field it knows
// (src/prefetch/field-loads.ts), a request selecting that field on a page of
// nodes is one composed query, and returns exactly what the field-by-field
// loaders return. Runs against the seeded five-article graph.

/** The root list and the by-id field of each node type. */
const ROOTS: Record<string, { list: string; byId: string }> = {
  Actor: { list: 'actors', byId: 'actor' },
  Statement: { list: 'statements', byId: 'statement' },
  Demand: { list: 'demands', byId: 'demand' },
  Territory: { list: 'territories', byId: 'territory' },
  Article: { list: 'articles', byId: 'article' },
  Event: { list: 'events', byId: 'event' },
};

/** A selection for each kind of result a prefetched field returns, reaching the ids of its nodes. */
const SELECTIONS: Record<string, string> = {
  RelatedActorConnection: '{ totalCount edges { type node { id } article { id title } statement { id } } }',
  RelatedTerritoryConnection: '{ totalCount edges { type node { id } article { id title } statement { id } } }',
  RejectionConnection: '{ totalCount nodes { rejecter { id } statement { id } demand { id } owner { id } } }',
  DemandStatementConnection: '{ totalCount edges { stance node { id } } }',
  StanceOnDemand: '{ stance demand { id } }',
  DemandConflict: '{ demand { id } article { id } }',
};

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type).name;
  return (
    SELECTIONS[type] ?? (type.endsWith('Connection') ? '{ totalCount nodes { id } edges { node { id } } }' : '{ id }')
  );
}

describe('prefetch: one round trip, the same answers', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = connectTestDatabase();
    schema = await graphqlSchema();
  });
  afterAll(() => db.close());

  async function compare(query: string, variables: Record<string, unknown> = {}) {
    const prefetched = await runGraphql(db.executor, query, variables);
    const loaded = await runGraphql(db.executor, query, variables, null, { prefetch: false });
    expect(prefetched.result.errors).toBeUndefined();
    expect(loaded.result.errors).toBeUndefined();
    expect(prefetched.result.data).toEqual(loaded.result.data);
    return { prefetched, loaded };
  }

  // Fields of node types; the provenance fields of edge types are reached through them.
  const nodeFields = Object.entries(FIELD_LOADS).filter(([type]) => type in ROOTS);
  const cases = nodeFields.flatMap(([type, fields]) => Object.keys(fields).map((field) => [type, field] as const));

  it.each(cases)('%s.%s on a page of nodes', async (type, fieldName) => {
    const field = (schema.getType(type) as GraphQLObjectType).getFields()[fieldName];
    const query = `{ ${ROOTS[type].list}(first: 50) { nodes { id ${fieldName} ${selectionFor(field)} } } }`;
    const { prefetched, loaded } = await compare(query);
    // Nodes the field reached are not empty somewhere in the seeded graph, or the test proves little.
    expect(JSON.stringify(prefetched.result.data)).toContain('"id"');
    expect(prefetched.roundTrips).toEqual(['prefetch']);
    expect(loaded.roundTrips.length).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(ROOTS))('%s by id, with every field it knows', async (type, roots) => {
    const list = await runGraphql(db.executor, `{ ${roots.list}(first: 1) { nodes { id } } }`);
    const id = list.result.data![roots.list].nodes[0].id as string;
    const fields = (schema.getType(type) as GraphQLObjectType).getFields();
    const selection = Object.keys(FIELD_LOADS[type])
      .filter((name) => name in fields)
      .map((name) => `${name} ${selectionFor(fields[name])}`)
      .join(' ');
    const { prefetched } = await compare(`query One($id: ID!) { ${roots.byId}(id: $id) { id ${selection} } }`, { id });
    expect(prefetched.roundTrips).toEqual(['prefetch']);
  });

  it('covers the rejections walk with its nodes, several root fields, aliases and fragments at once', async () => {
    const query = `
      query Walk($kind: DemandKind, $first: Int) {
        rejections(demandKind: $kind, first: $first, sort: DATE_DESC) {
          totalCount
          nodes { rejecter { name statements(first: 2) { nodes { id } } } demand { id owner { id } } statement { ...Said } }
        }
        latest: statements(first: 3, sort: DATE_DESC) { nodes { ...Said } }
        oldest: statements(first: 3, sort: DATE_ASC) { edges { node { ...Said } } }
      }
      fragment Said on Statement { id speaker { name } article { title } demands { stance demand { summary } } }`;
    for (const variables of [
      { kind: null, first: 5 },
      { kind: 'PRECONDITION', first: 20 },
    ]) {
      const { prefetched } = await compare(query, variables);
      expect(prefetched.roundTrips).toEqual(['prefetch']);
      expect(prefetched.result.data!.rejections.nodes.length).toBeGreaterThan(0);
    }
  });

  it('honours @skip and @include, and a second page after a cursor', async () => {
    const first = await runGraphql(db.executor, '{ statements(first: 4) { pageInfo { endCursor } } }');
    const after = first.result.data!.statements.pageInfo.endCursor as string;
    const query = `
      query Page($after: String, $withSpeaker: Boolean!) {
        statements(first: 4, after: $after) { nodes { id speaker @include(if: $withSpeaker) { id } article @skip(if: $withSpeaker) { id } } }
      }`;
    for (const withSpeaker of [true, false]) {
      const { prefetched } = await compare(query, { after, withSpeaker });
      expect(prefetched.roundTrips).toEqual(['prefetch']);
      const node = prefetched.result.data!.statements.nodes[0];
      expect('speaker' in node).toBe(withSpeaker);
      expect('article' in node).toBe(!withSpeaker);
    }
  });

  it('leaves bad arguments to the resolver, which reports them as before', async () => {
    const { result, roundTrips } = await runGraphql(
      db.executor,
      '{ actors(first: 100000) { nodes { statements { totalCount } } } }',
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(roundTrips).not.toContain('prefetch');
  });

  // A list whose totalCount and pageInfo nobody selects is read as its page
  // alone (plan.ts pageOnly: ORDER BY … LIMIT, nothing counted). It must
  // answer as the whole list cut to a page does, and never stand in for a
  // selection of the same read that does count.
  const pagedFields = nodeFields.flatMap(([type, fields]) =>
    Object.entries(fields)
      .filter(([, load]) => load.kind === 'perParent' && load.entries === 'page')
      .map(([field]) => [type, field] as const),
  );

  function planned(query: string, variables: Record<string, unknown> = {}): PlanStep[] {
    return allSteps(planOperation(getOperationAST(parse(query))!, { schema, fragments: {}, variables }));
  }

  it.each(pagedFields)(
    '%s.%s: its page alone, without totalCount or pageInfo, answers as the counted list',
    async (type, fieldName) => {
      const query = `{ ${ROOTS[type].list}(first: 50) { nodes { id ${fieldName}(first: 2) { edges { cursor } } } } }`;
      expect(planned(query).map((step) => step.pageOnly)).toEqual(planned(query).map(() => true));
      const { prefetched } = await compare(query);
      expect(prefetched.roundTrips).toEqual(['prefetch']);
      // The same field with its count: the plan must read the whole list.
      const counted = query.replace('{ edges { cursor } }', '{ totalCount edges { cursor } }');
      expect(planned(counted)[1].pageOnly).toBe(false);
    },
  );

  it('reads the page alone only where no selection of the same read counts it: aliases, a node reached twice, cursors', async () => {
    const actorId = (await runGraphql(db.executor, '{ statements(first: 1) { nodes { speaker { id } } } }')).result
      .data!.statements.nodes[0].speaker.id as string;
    const actorCursor = (await runGraphql(db.executor, '{ actors(first: 1) { pageInfo { endCursor } } }')).result.data!
      .actors.pageInfo.endCursor as string;
    const cases: { query: string; variables?: Record<string, unknown>; pageOnly: boolean[] }[] = [
      // Two aliases of one read: one counts, so neither reads the page alone.
      {
        query:
          '{ actors(first: 50) { nodes { a: statements(first: 2) { nodes { id } } b: statements(first: 2) { totalCount } } } }',
        pageOnly: [true, false],
      },
      // The same actor reached from two places: one of them counts.
      {
        query:
          'query Two($id: ID!) { actor(id: $id) { statements(first: 2) { nodes { id } } } actors(first: 50) { nodes { statements(first: 2) { totalCount pageInfo { hasNextPage } } } } }',
        variables: { id: actorId },
        pageOnly: [false, false, true, false],
      },
      // The root counts, its children do not.
      {
        query:
          '{ statements(first: 3) { totalCount nodes { id } } demands(first: 3) { nodes { statements(first: 1) { nodes { id } } } } }',
        pageOnly: [false, true, true],
      },
      // The rejections walk and the full-text search, read as pages alone.
      {
        query:
          '{ rejections(first: 3, sort: DATE_DESC) { nodes { statement { id } } } statements(search: "peace", first: 2) { edges { cursor node { id } } } }',
        pageOnly: [true, true],
      },
      // A cursor or `last`: the whole list is needed to find the place.
      {
        query:
          'query After($after: String) { actors(first: 2, after: $after) { nodes { id } } statements(last: 2) { nodes { id } } }',
        variables: { after: actorCursor },
        pageOnly: [false, false],
      },
    ];
    for (const { query, variables, pageOnly } of cases) {
      expect({ query, pageOnly: planned(query, variables).map((step) => step.pageOnly ?? false) }).toEqual({
        query,
        pageOnly,
      });
      const { prefetched } = await compare(query, variables);
      expect(prefetched.roundTrips).toEqual(['prefetch']);
    }
  });

  // What the prefetch read is answered at once (loaders.ts loadRow and
  // loadNode): below the root fields, no resolver of a prefetched operation
  // returns a promise, so graphql-js completes the whole tree without waiting.
  it('answers every field below the roots at once, without promises, once the prefetch has run', async () => {
    const actorId = (await runGraphql(db.executor, '{ statements(first: 1) { nodes { speaker { id } } } }')).result
      .data!.statements.nodes[0].speaker.id as string;
    const queries = [
      '{ actors(first: 10, sort: NAME_ASC) { nodes { id name statements(first: 5, sort: DATE_DESC) { nodes { id text demands { stance demand { id summary owner { id name } } } } } } } }',
      `{ actor(id: "${actorId}") { id name statements(first: 5, sort: DATE_DESC) { totalCount nodes { id article { id title } } } demands(first: 5) { totalCount nodes { id summary } } } }`,
      '{ rejections(first: 5, sort: DATE_DESC) { totalCount nodes { rejecter { id name } demand { id owner { id } } statement { id article { id } } } } }',
    ];
    const promised: string[] = [];
    const restore: (() => void)[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType()) continue;
      for (const field of Object.values(type.getFields())) {
        const original = field.resolve;
        if (!original) continue;
        field.resolve = (...args) => {
          const value = original(...args);
          if (value && typeof (value as { then?: unknown }).then === 'function')
            promised.push(`${type.name}.${field.name}`);
          return value;
        };
        restore.push(() => (field.resolve = original));
      }
    }
    try {
      for (const query of queries) {
        const { result, roundTrips } = await runGraphql(db.executor, query);
        expect(result.errors).toBeUndefined();
        expect(roundTrips).toEqual(['prefetch']);
      }
    } finally {
      restore.forEach((undo) => undo());
    }
    expect(promised).toEqual([]);
  });

  // The prefetch reads only the properties a request selects (projection.ts):
  // every field of every type reachable two levels down, leaves included,
  // must still answer as the loaders do with whole nodes.
  function everything(type: GraphQLNamedType, depth: number): string {
    if (isLeafType(type)) return '';
    const objectTypes = isObjectType(type) ? [type] : isAbstractType(type) ? schema.getPossibleTypes(type) : [];
    const parts = objectTypes.map((objectType) => {
      const fields = Object.values(objectType.getFields())
        .filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
        .flatMap((field) => {
          const named = getNamedType(field.type);
          // Aliased by type: fragments on the members of a union may select same-named fields of other types.
          const alias = `${objectType.name}_${field.name}: ${field.name}`;
          if (isLeafType(named)) return [alias];
          if (depth === 0) return [];
          const inner = everything(named, depth - 1);
          const args = field.args.some((arg) => arg.name === 'first') ? '(first: 3)' : '';
          return inner ? [`${alias}${args} { ${inner} }`] : [];
        });
      return `... on ${objectType.name} { __typename ${fields.join(' ')} }`;
    });
    return parts.join(' ');
  }

  it.each(Object.entries(ROOTS))(
    '%s list: every field two levels down answers as with whole nodes',
    async (type, roots) => {
      const query = `{ ${roots.list}(first: 3) { nodes { ${everything(schema.getType(type)!, 2)} } } }`;
      const { prefetched } = await compare(query);
      expect(JSON.stringify(prefetched.result.data).length).toBeGreaterThan(500);
    },
  );

  it('rejections: every field two levels down answers as with whole nodes', async () => {
    const query = `{ rejections(first: 5) { nodes { ${everything(schema.getType('Rejection')!, 2)} } } }`;
    const { prefetched } = await compare(query);
    expect(prefetched.result.data!.rejections.nodes.length).toBe(5);
  });

  // What the model implies (edge-ends.ts) stays out of the composed rows of
  // the neighbour reads: the far label, the one type's name, edges that hold
  // only the empty key, and a page entry's tie. The prefetch puts them back
  // (projection.ts); the rows it primes must be what the full reads return.
  it('leaves out of neighbour rows what the model implies, and puts back what the full reads return', async () => {
    const query =
      '{ actors(first: 10, sort: NAME_ASC) { nodes { id statements(first: 5, sort: DATE_DESC) { edges { cursor } nodes { id demands { stance demand { id owner { id } } } } } } } }';
    const operation = getOperationAST(parse(query))!;
    const scope = { schema, fragments: {}, variables: {} };
    const composed = composeQuery(planOperation(operation, scope), projectionOf(operation, scope));
    const [row] = await db.executor.readComposed('prefetch', composed.cypher, composed.params);
    const comparable = (entry: Row) => ({
      id: (entry.node as Row).id,
      label: domainLabel(entry.labels as string[]),
      edgeType: entry.edgeType,
      edge: entry.edge,
      ...(entry.key !== undefined ? { key: entry.key, tie: entry.tie } : {}),
    });
    const leanSteps: string[] = [];
    for (const [i, step] of composed.steps.entries()) {
      if (!step.query.startsWith('neighbour-')) continue;
      const rows = row[`rows${i}`] as Row[];
      const entriesOf = (rowsOf: Row[]) => rowsOf.flatMap((one) => (one.page ?? one.items) as Row[]);
      expect(entriesOf(rows).length).toBeGreaterThan(0);
      for (const entry of entriesOf(rows))
        expect(Object.keys(entry).filter((key) => !['key', 'node', 'edgeType'].includes(key))).toEqual([]);
      // Each node is one list: its id, then its values in $fields order (no key names to send).
      const label = domainLabel(['Entity', step.params.label as string])!;
      for (const entry of entriesOf(rows)) {
        const node = entry.node as unknown[];
        expect([Array.isArray(node), typeof node[0], node.length]).toEqual([
          true,
          'string',
          1 + composed.projection![label].length,
        ]);
      }
      leanSteps.push(step.query);
      for (const one of rows) PROJECTED_NODES[step.query as ProjectedQuery](one, composed.projection!, step.params);
      // Each step was handed its parents' nodes (no ids): the full read asks for the same parents by id.
      expect(row[`ids${i}`]).toBeUndefined();
      const full = await db.executor.read(step.query, { ...step.params, ids: rows.map((one) => one.parentId) });
      const byParent = (rowsOf: Row[]) =>
        Object.fromEntries(rowsOf.map((one) => [one.parentId as string, entriesOf([one]).map(comparable)]));
      expect(byParent(rows)).toEqual(byParent(full));
    }
    // The statements page (MADE), the stances (four types, one far label) and the owner (OWNED_BY).
    expect(leanSteps).toEqual(['neighbour-page-out', 'neighbour-list-out', 'neighbour-list-out']);
    // And the answer is the one the loaders give, cursors included.
    await compare(query);
  });

  function composed(query: string) {
    const operation = getOperationAST(parse(query))!;
    const scope = { schema, fragments: {}, variables: {} };
    return composeQuery(planOperation(operation, scope), projectionOf(operation, scope));
  }

  it("hands each level its parents' nodes: none found again by index, the parents the ids would name, one row each", async () => {
    const query =
      '{ actors(first: 10, sort: NAME_ASC) { nodes { id statements(first: 5, sort: DATE_DESC) { nodes { id demands { stance demand { id owner { id } } } } } } } }';
    const walk = composed(query);
    expect(walk.cypher).not.toMatch(/INDEX SEEK/);
    const [row] = await db.executor.readComposed('prefetch', walk.cypher, walk.params);
    const perParent = walk.steps.filter((step) => step.parent);
    expect(perParent.length).toBe(3);
    for (const step of perParent) {
      const i = walk.steps.indexOf(step);
      expect(startsFromNodes(step)).toBe(true);
      expect(row[`ids${i}`]).toBeUndefined();
      const parentRows = row[`rows${walk.steps.indexOf(step.parent!.step)}`] as Row[];
      // A projected node is a list, its id first (projection.ts).
      const parentIds = new Set(
        parentRows.flatMap((one) => (one.page ?? one.items) as Row[]).map((entry) => (entry.node as unknown[])[0]),
      );
      const rows = row[`rows${i}`] as Row[];
      expect(rows.map((one) => one.parentId).sort()).toEqual([...parentIds].sort());
    }
    await compare(query);
    // A node read by id hands itself on too.
    const list = await runGraphql(db.executor, '{ actors(first: 1, sort: NAME_ASC) { nodes { id } } }');
    const byId = `{ actor(id: "${list.result.data!.actors.nodes[0].id}") { id statements(first: 3) { nodes { id article { id } } } } }`;
    const fromId = composed(byId);
    expect(fromId.steps[0].query).toBe('nodes-by-id');
    expect(fromId.steps.slice(1).every(startsFromNodes)).toBe(true);
    expect(fromId.cypher).not.toMatch(/INDEX SEEK/);
    await compare(byId);
  });

  it('sends only the parameters its text reads, and of $fields only the labels it reads', () => {
    const walk = composed(
      '{ actors(first: 10) { nodes { id name statements(first: 5) { nodes { id text demands { demand { id summary owner { id } } } } } } } }',
    );
    const names = Object.keys(walk.params);
    for (const name of names) expect(walk.cypher).toMatch(new RegExp(`\\$${name}\\b`));
    for (const used of walk.cypher.matchAll(/\$(\w+)/g)) expect(names).toContain(used[1]);
    // Flags that chose a variant are not sent (the walk's first step is typed MADE).
    expect(walk.steps[1].params.relType).toBe('MADE');
    expect(names).not.toContain('s1_relType');
    expect(Object.keys(walk.params.fields as object).sort()).toEqual(['Actor', 'Demand', 'Statement']);
    // A list whose nodes may have several labels looks its label up in $fields: every label is sent.
    const mentions = composed('{ statements(first: 5) { nodes { id mentions { id } } } }');
    expect(mentions.cypher).toContain('keys($fields)');
    expect(Object.keys(mentions.params.fields as object).sort()).toEqual(Object.keys(mentions.projection!).sort());
  });

  it('finds parents by id where the step above cannot hand on its nodes, and an id no node has reads as empty', async () => {
    // A rejection's statement sits under `statement` in its entry, not `node`: its speakers start from ids.
    const query = '{ rejections(first: 20) { nodes { statement { id speaker { id name } } } } }';
    const walk = composed(query);
    const speakers = walk.steps.findIndex((step) => step.query === 'neighbour-list-in');
    expect(speakers).toBeGreaterThan(0);
    expect(startsFromNodes(walk.steps[speakers])).toBe(false);
    expect(walk.cypher).toMatch(/INDEX SEEK/);
    const [row] = await db.executor.readComposed('prefetch', walk.cypher, walk.params);
    expect((row[`ids${speakers}`] as string[]).length).toBeGreaterThan(0);
    await compare(query);
    const step = walk.steps[speakers];
    const [missing] = await db.executor.read(step.query, { ...step.params, ids: ['no-such-node'] });
    expect(missing).toEqual({ parentId: 'no-such-node', items: [] });
  });

  it('reads only the selected properties, and whole nodes where a type it does not know is selected', () => {
    const projection = (source: string) => {
      const document = parse(source);
      return projectionOf(getOperationAST(document)!, { schema, fragments: {}, variables: {} });
    };
    const narrow = projection(
      '{ statements { nodes { id text speaker { name } } } rejections { nodes { date { value } } } }',
    );
    expect(narrow.Statement.sort()).toEqual(['date', 'dateCue', 'dateInferred', 'datePrecision', 'text']);
    expect(narrow.Actor).toEqual(['name']);
    // A label the operation does not select is read as its mapper reads it.
    expect(narrow.Territory).toEqual(mappedProperties('Territory'));
    const withPath = projection('{ statements { nodes { id } } path(from: "a", to: "b") { length } }');
    expect(withPath.Statement).toEqual(mappedProperties('Statement'));
  });

  it("answers a rejection's date, its statement's property, when the statement's date is not selected", async () => {
    const { prefetched } = await compare(
      '{ rejections(first: 10) { nodes { date { value precision } statement { id } } } }',
    );
    expect(prefetched.result.data!.rejections.nodes[0].date.value).toMatch(/^\d{4}/);
    expect(prefetched.roundTrips).toEqual(['prefetch']);
  });

  it.each(Object.keys(ROOTS))(
    '%s: each field mapped from only its listed properties equals the field mapped from the whole node',
    async (label) => {
      const rows = await db.executor.readTransaction((tx) =>
        tx
          .run(`MATCH (n:${label}) RETURN labels(n) AS labels, properties(n) AS node ORDER BY n.id LIMIT 20`)
          .then((r) => r.records.map((x) => x.toObject())),
      );
      expect(rows.length).toBeGreaterThan(0);
      const table = FIELD_PROPERTIES[label as NodeLabel];
      const type = schema.getType(label) as GraphQLObjectType;
      // Every field shown from the node's own properties is listed (a leaf, or a value such as a date).
      const shown = Object.values(type.getFields()).filter(
        (field) =>
          field.name !== 'id' &&
          (isLeafType(getNamedType(field.type)) ||
            /^(FuzzyDate|Quote|Span|PloverCode)$/.test(getNamedType(field.type).name)),
      );
      expect(shown.map((field) => field.name).filter((name) => !table[name])).toEqual([]);
      for (const row of rows) {
        const whole = toNode(row.labels, row.node) as unknown as Record<string, unknown>;
        for (const [field, properties] of Object.entries(table)) {
          const part = Object.fromEntries(properties.filter((p) => p in row.node).map((p) => [p, row.node[p]]));
          const partial = toNode(row.labels, { id: row.node.id, ...part }) as unknown as Record<string, unknown>;
          expect({ id: row.node.id, field, value: partial[field] }).toEqual({
            id: row.node.id,
            field,
            value: whole[field],
          });
        }
      }
    },
  );
});
