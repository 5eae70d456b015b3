// The Cypher that writes edges, built per relationship type of the model:
// a type added to the model is written with no other edit. Relationship
// types cannot be parameters here: Neo4j 5.26's dynamic $(row.type) in MERGE
// plans a scan of all relationships instead of an expand between the two
// ends, so each type is written into the text; only types of the model's
// list (edgeTypes()), never input. Every write returns `count(*) AS written`:
// the rows whose two ends were found (src/seed/written-count.ts). `key`
// tells apart edges of one type between the same nodes, e.g. the same
// relation reported by two articles, so MERGE keeps both and stays idempotent.
import Cypher from '@neo4j/cypher-builder';
// The model's types are read when a write is built, not when this module loads:
// loading must not fix the model (src/domain/model.ts), which a test extends first.
import { edgeTypes } from '../domain';
import type { EdgeType } from '../domain';
import { modelEdgeType } from './model-edge-type';

/** MERGE: idempotent, for a store that already holds entities. CREATE: rows already distinct, ends new. */
export type EdgeWriteMode = 'merge' | 'create';

const row = new Cypher.NamedVariable('row');
const from = new Cypher.NamedNode('from');
const to = new Cypher.NamedNode('to');
const edge = new Cypher.NamedRelationship('r');

/** `UNWIND $rows AS row` and each row's two ends, found through the entity_id constraint's index. */
function rowsWithEnds(): Cypher.Clause {
  const end = (node: Cypher.Node, id: string) =>
    new Cypher.Match(new Cypher.Pattern(node, { labels: ['Entity'], properties: { id: row.property(id) } }));
  return Cypher.utils.concat(new Cypher.Unwind([new Cypher.NamedParam('rows'), row]), end(from, 'from'), end(to, 'to'));
}

/** `(from)-[r:TYPE {key: row.key}]->(to)`. */
function edgeOfType(type: EdgeType): Cypher.Pattern {
  return new Cypher.Pattern(from)
    .related(edge, { type, direction: 'right', properties: { key: row.property('key') } })
    .to(to);
}

/** `MERGE|CREATE (from)-[r:TYPE {key: row.key}]->(to) SET r += row.props`. */
function writeOfType(type: EdgeType, mode: EdgeWriteMode): Cypher.Merge | Cypher.Create {
  const write = mode === 'merge' ? new Cypher.Merge(edgeOfType(type)) : new Cypher.Create(edgeOfType(type));
  return write.set([edge, '+=', row.property('props')]);
}

const written = (): Cypher.Return => new Cypher.Return([Cypher.count('*'), new Cypher.NamedVariable('written')]);

/**
 * A batch of edges of one type: rows of {from, to, key, props}. The seeder's
 * path: one small query per type plans in milliseconds and MERGEs by
 * expanding between the two ends. CREATE only for a store that held no
 * Entity when seeding began and rows the seeder made distinct (type, from,
 * to, key): it skips MERGE's expand.
 */
export function edgeWriteOfType(type: EdgeType, mode: EdgeWriteMode = 'merge'): string {
  const cacheKey = `${type} ${mode}`;
  let text = ofTypeTexts.get(cacheKey);
  if (text === undefined) {
    const checked = modelEdgeType(type, `edge ${mode} of one type`);
    text = Cypher.utils.concat(rowsWithEnds(), writeOfType(checked, mode), written()).build().cypher;
    ofTypeTexts.set(cacheKey, text);
  }
  return text;
}
/** Built once per type and mode: the seeder asks once per batch. */
const ofTypeTexts = new Map<string, string>();

/**
 * A batch of edges of any types: rows of {type, from, to, key, props}, for
 * the API's mutations (few edges of many types; the query takes seconds to
 * plan, once). One FOREACH per type of the model writes the rows of that
 * type. A row of a type outside the model is left out before them, so
 * `written` does not count it and the caller's check of the count fails the
 * write.
 */
export function anyTypeEdgeWrite(): string {
  const types = anyTypeEdgeWriteTypes();
  const ofModelTypes = new Cypher.With(from, to, row).where(
    Cypher.in(row.property('type'), new Cypher.Literal([...types])),
  );
  const once = new Cypher.NamedVariable('_');
  const perType = types.map((type) =>
    new Cypher.Foreach(once)
      .in(
        new Cypher.Case()
          .when(Cypher.eq(row.property('type'), new Cypher.Literal(type)))
          .then(new Cypher.Literal([1]))
          .else(new Cypher.Literal([])),
      )
      .do(writeOfType(type, 'merge')),
  );
  return Cypher.utils.concat(rowsWithEnds(), ofModelTypes, ...perType, written()).build().cypher;
}

/** The types seed-edges writes, one FOREACH each: the model's. */
export function anyTypeEdgeWriteTypes(): readonly EdgeType[] {
  return edgeTypes();
}
