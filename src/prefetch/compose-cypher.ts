// One Cypher query for a whole plan, built as one cypher-builder tree: each
// step's built query (src/cypher/built-queries.ts) runs inside a CALL
// subquery, its inputs named for it ($first of step 3 is the parameter
// s3_first), and per-parent queries take their parents from the rows of the
// step above, gathered inside the same query: the nodes themselves where both
// queries can (the step above hands them on, the flag handOn; the step below
// starts from them, the flag parents), else their ids, which the step below
// finds again by index. So a request costs one round trip, however deep it
// walks. The tree is made only of the built queries and fixed clauses; the
// plan contributes step numbers and the entry keys of field-loads.ts, never
// anything a client sent. Values stay parameters.
//
// A request of the same shape gives the same text (Neo4j caches plans by
// text), and the text with the parameters it reads is kept per shape: the
// tree is built once per shape, not per request.
import Cypher from '@neo4j/cypher-builder';
import { builtQuery } from '../cypher/built-queries';
import type { BuiltQuery } from '../cypher/built-queries';
import type { InputOf } from '../cypher/query-input';
import { readParam } from '../cypher/query-input';
import type { Params } from '../db/executor';
import { takesCondition } from '../db/named-queries';
import { allSteps } from './plan-steps';
import type { ParentLink, PlanStep } from './plan';
import { isProjected } from './projected-queries';
import type { Projection } from './projection';

export interface ComposedQuery {
  cypher: string;
  params: Params;
  /** The steps in the order their results are returned (rows<i>, and ids<i> for per-parent steps that start from ids). */
  steps: PlanStep[];
  /** The properties read per label by the steps whose query takes $fields (projection.ts). */
  projection: Projection | null;
}

/** A composed text and where each parameter it reads comes from. */
interface ComposedShape {
  readonly cypher: string;
  /** Each parameter the text reads (but $fields): the step and the name of the step's own parameter. */
  readonly reads: readonly { readonly name: string; readonly step: number; readonly param: string }[];
  readonly readsFields: boolean;
}

/** Kept shapes: one per distinct request shape, which the schema's fields and the queries' variants bound. */
const MAX_SHAPES = 2048;
const shapes = new Map<string, ComposedShape>();

export function composeQuery(roots: readonly PlanStep[], projection: Projection | null = null): ComposedQuery {
  const steps = allSteps(roots);
  const composed = steps.map((step) => composedStep(step, steps, projection));
  const key = composed.map((step) => step.key).join('\n');
  let shape = shapes.get(key);
  if (!shape) {
    shape = composedShape(composed);
    if (shapes.size < MAX_SHAPES) shapes.set(key, shape);
  }
  const params: Params = {};
  for (const { name, step, param } of shape.reads) params[name] = steps[step].params[param];
  if (shape.readsFields && projection) params.fields = fieldsRead(composed, projection);
  return { cypher: shape.cypher, params, steps, projection };
}

/** A step as the composed query runs it: its query, the parameters and flags that choose its variant, and its place. */
interface ComposedStep {
  readonly index: number;
  readonly name: string;
  readonly query: BuiltQuery;
  /** The step's parameters with the flags that choose its variant (not values: they stay out of the loader keys). */
  readonly options: Params;
  readonly parentIndex: number | null;
  readonly parent: ParentLink | null;
  readonly fromParentNodes: boolean;
  readonly handsOn: boolean;
  /** Where the ids are in the parent's entries, once projected. */
  readonly idPath: readonly string[];
  /** Everything the step's part of the text depends on. */
  readonly key: string;
}

function composedStep(step: PlanStep, steps: readonly PlanStep[], projection: Projection | null): ComposedStep {
  const index = steps.indexOf(step);
  const query = builtQuery(step.query);
  if (!query) throw new Error(`The prefetch composes built queries only; ${step.query} is not one`);
  const projected = projection !== null && isProjected(step.query);
  const fromParentNodes = startsFromNodes(step);
  const handsOn = steps.some((child) => child.parent?.step === step && startsFromNodes(child));
  const options = {
    ...step.params,
    ...(projected ? { fields: projection } : {}),
    ...(step.pageOnly ? { pageOnly: true } : {}),
    ...(handsOn ? { handOn: true } : {}),
    ...(fromParentNodes ? { parents: true } : {}),
  };
  const parent = step.parent;
  const parentIndex = parent ? steps.indexOf(parent.step) : null;
  const idPath =
    parent && !fromParentNodes
      ? projectedIdPath(parent, projection && isProjected(parent.step.query) ? projection : null)
      : [];
  const key = [
    step.query,
    query.variantKey(options),
    parentIndex ?? '',
    fromParentNodes ? 'nodes' : (parent?.entries ?? ''),
    idPath.join('.'),
  ].join('|');
  return { index, name: step.query, query, options, parentIndex, parent, fromParentNodes, handsOn, idPath, key };
}

/** The composed tree, printed, and the parameters it reads. */
function composedShape(steps: readonly ComposedStep[]): ComposedShape {
  const stepParams = new Map<string, { step: number; param: string }>();
  const clauses: Cypher.Clause[] = [];
  const returned: Cypher.Variable[] = [];
  const rows = steps.map((step) => new Cypher.NamedVariable(`rows${step.index}`));
  const handed = steps.map((step) => new Cypher.NamedVariable(`handed${step.index}`));
  const gathered = new Map<number, Cypher.Variable>();
  for (const step of steps) {
    const i = step.index;
    const own = (name: string) => {
      stepParams.set(`s${i}_${name}`, { step: i, param: name });
      return readParam(`s${i}_${name}`);
    };
    const inputs =
      (bound: Record<string, Cypher.Variable>): InputOf =>
      (name) =>
        bound[name] ?? (name === 'fields' ? readParam('fields') : own(name));
    if (step.parentIndex !== null && step.fromParentNodes) {
      const p = step.parentIndex;
      let parents = gathered.get(p);
      if (!parents) {
        parents = new Cypher.NamedVariable(`parents${p}`);
        gathered.set(p, parents);
        clauses.push(gatherNodes(handed[p], parents));
      }
      clauses.push(stepCall(step, inputs({ parents }), [parents], rows[i], handed[i]));
    } else if (step.parentIndex !== null) {
      const ids = new Cypher.NamedVariable(`ids${i}`);
      clauses.push(parentIds(rows[step.parentIndex], step.parent!.entries, step.idPath, ids));
      clauses.push(stepCall(step, inputs({ ids }), [ids], rows[i], handed[i]));
      returned.push(ids);
    } else {
      clauses.push(stepCall(step, inputs({}), [], rows[i], handed[i]));
    }
    returned.push(rows[i]);
  }
  const { cypher, params } = Cypher.utils.concat(...clauses, new Cypher.Return(...returned)).build();
  const names = Object.keys(params);
  return {
    cypher,
    reads: names.filter((name) => name !== 'fields').map((name) => ({ name, ...stepParams.get(name)! })),
    readsFields: names.includes('fields'),
  };
}

/**
 * `CALL (<vars>) { CALL (<vars>) { <step> } RETURN collect({...}) AS rows<i> }`:
 * the step's rows as maps with its columns' names, the rows the loaders
 * would get; with handOn, also the nodes it hands on, never returned.
 */
function stepCall(
  step: ComposedStep,
  input: InputOf,
  imported: Cypher.Variable[],
  rows: Cypher.Variable,
  handed: Cypher.Variable,
): Cypher.Call {
  const built = step.query.build(step.options, input);
  const handedOn = 'handedOn';
  if (step.handsOn && !built.columns.includes(handedOn))
    throw new Error(`Built query ${step.name} takes handOn but returns no ${handedOn} column`);
  const row = new Cypher.Map(
    Object.fromEntries(
      built.columns.filter((column) => column !== handedOn).map((column) => [column, new Cypher.NamedVariable(column)]),
    ),
  );
  const collected = new Cypher.Return([Cypher.collect(row), rows]);
  if (step.handsOn) collected.addColumns([Cypher.collect(new Cypher.NamedVariable(handedOn)), handed]);
  return new Cypher.Call(Cypher.utils.concat(new Cypher.Call(built.clause, imported), collected), imported);
}

/** `CALL (handed<p>) { UNWIND handed<p> AS nodes UNWIND nodes AS parent RETURN collect(DISTINCT parent) AS parents<p> }`. */
function gatherNodes(handed: Cypher.Variable, parents: Cypher.Variable): Cypher.Call {
  const nodes = new Cypher.NamedVariable('nodes');
  const parent = new Cypher.NamedVariable('parent');
  return new Cypher.Call(
    Cypher.utils.concat(
      new Cypher.Unwind([handed, nodes]),
      new Cypher.Unwind([nodes, parent]),
      new Cypher.Return([Cypher.collect(parent).distinct(), parents]),
    ),
    [handed],
  );
}

/** The ids found at `idPath` in each entry of a parent step's rows: `CALL (rows<p>) { ... RETURN collect(DISTINCT id) AS ids<i> }`. */
function parentIds(
  rows: Cypher.Variable,
  entries: 'page' | 'items' | 'row',
  idPath: readonly string[],
  ids: Cypher.Variable,
): Cypher.Call {
  const row = new Cypher.NamedVariable('row');
  const entry = new Cypher.NamedVariable('entry');
  const id = new Cypher.NamedVariable('id');
  const each =
    entries === 'row'
      ? [new Cypher.Unwind([rows, entry])]
      : [new Cypher.Unwind([rows, row]), new Cypher.Unwind([row.property(entries), entry])];
  return new Cypher.Call(
    Cypher.utils.concat(
      ...each,
      new Cypher.With([idAt(entry, idPath), id]).where(Cypher.isNotNull(id)),
      new Cypher.Return([Cypher.collect(id).distinct(), ids]),
    ),
    [rows],
  );
}

/** `entry.a.b`, or `entry.node[0]` where the last key is a list index (in a projected node). */
function idAt(entry: Cypher.Variable, idPath: readonly string[]): Cypher.Expr {
  const last = idPath[idPath.length - 1];
  const index = last !== undefined && /^[0-9]+$/.test(last) ? Number(last) : null;
  const keys = index === null ? idPath : idPath.slice(0, -1);
  if (keys.some((key) => !/^[A-Za-z]+$/.test(key)))
    throw new Error(`Bad entry key path "${idPath.join('.')}" in field-loads`);
  const property = keys.length > 0 ? entry.property(...keys) : entry;
  return index === null ? property : Cypher.listIndex(property, index);
}

/**
 * Of $fields only the labels the steps read: a step's own label, its walk's
 * one far label, or any of them (a look-up by the node's own labels).
 * Everything sent is packed and written on every request.
 */
function fieldsRead(steps: readonly ComposedStep[], projection: Projection): Partial<Projection> {
  const labels = new Set<string>();
  for (const step of steps) {
    if (!('fields' in step.options)) continue;
    const read = step.query.fieldsRead(step.options);
    if (read === null) return projection;
    for (const label of read) labels.add(label);
  }
  return Object.fromEntries(Object.entries(projection).filter(([label]) => labels.has(label)));
}

/**
 * Whether a per-parent step can start from its parents' nodes, handed on by
 * the step above: both queries take the flags, and the step reads its
 * parents' own ids (not an id held in a property or an edge). Such a step
 * returns no ids: every parent it is handed gives it one row.
 */
export function startsFromNodes(step: PlanStep): boolean {
  const parent = step.parent;
  return (
    parent !== null &&
    step.kind === 'perParent' &&
    !parent.nodeProperty &&
    parent.idPath.length === 2 &&
    parent.idPath[0] === 'node' &&
    parent.idPath[1] === 'id' &&
    takesCondition(step.query, 'parents') &&
    takesCondition(parent.step.query, 'handOn')
  );
}

/**
 * Where the id sits once the parent's nodes are projected: a projected node
 * is a list (projection.ts), its id first and then its projected values, so
 * the node's id is item 0 and another property (a demand's articleId) the
 * item after its place in the projection's list. A path of one key names
 * the entry itself (a relation edge), which is not projected.
 */
function projectedIdPath(parent: ParentLink, projection: Projection | null): readonly string[] {
  const { idPath, nodeProperty: property } = parent;
  if (!projection || idPath.length < 2) return idPath;
  const slot = idPath.slice(0, -1);
  if (!property) return idPath[idPath.length - 1] === 'id' ? [...slot, '0'] : idPath;
  const index = projection[property.label as keyof Projection]?.indexOf(property.property) ?? -1;
  if (index < 0)
    throw new Error(`The projection of ${property.label} lacks ${property.property}, which a field reads an id from`);
  return [...slot, String(index + 1)];
}
