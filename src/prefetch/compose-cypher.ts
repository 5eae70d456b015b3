// One Cypher query for a whole plan: each step's named query runs inside a
// CALL subquery, its parameters renamed apart ($first of step 3 becomes
// $s3_first), and per-parent queries take their parents from the rows of the
// step above, gathered inside the same query: the nodes themselves where both
// queries can (the step above hands them on, the flag handOn; the step below
// starts from them, the flag parents), else their ids ($ids), which the step
// below finds again by index. So a request costs one round trip, however deep
// it walks. The text is made only of the named queries and fixed clauses; the
// plan contributes step numbers and the entry keys of field-loads.ts, never
// anything a client sent. Values stay parameters.
import type { Params } from '../db/executor';
import { specialisedQuery, takesCondition } from '../db/named-queries';
import { allSteps } from './plan-steps';
import type { ParentLink, PlanStep } from './plan';
import { isProjected } from './projected-queries';
import type { Projection } from './projection';

/** The column of a handing-on query that holds its entries' nodes: read inside the composed query, never returned. */
const HANDED_ON = 'handedOn';

export interface ComposedQuery {
  cypher: string;
  params: Params;
  /** The steps in the order their results are returned (rows<i>, and ids<i> for per-parent steps that start from ids). */
  steps: PlanStep[];
  /** The properties read per label by the steps whose named query takes $fields (projection.ts). */
  projection: Projection | null;
}

export function composeQuery(roots: readonly PlanStep[], projection: Projection | null = null): ComposedQuery {
  const steps = allSteps(roots);
  const index = new Map(steps.map((step, i) => [step, i]));
  const fromNodes = new Set(steps.filter(startsFromNodes));
  const handingOn = new Set([...fromNodes].map((step) => step.parent!.step));
  /** Parent steps whose handed-on nodes are gathered already (once, for all their children). */
  const gathered = new Set<number>();
  const clauses: string[] = [];
  const params: Params = {};
  const returned: string[] = [];
  steps.forEach((step, i) => {
    // Every projected step reads the same $fields, sent once.
    const projected = projection !== null && isProjected(step.query);
    if (projected) params.fields = projection;
    for (const [name, value] of Object.entries(step.params)) params[`s${i}_${name}`] = value;
    const handsOn = handingOn.has(step);
    const startsFromParentNodes = fromNodes.has(step);
    // Flags that choose a variant, not values: they stay out of the parameters (and the loader keys).
    const flags = {
      ...(projected ? { fields: projection } : {}),
      ...(step.pageOnly ? { pageOnly: true } : {}),
      ...(handsOn ? { handOn: true } : {}),
      ...(startsFromParentNodes ? { parents: true } : {}),
    };
    const text = specialisedQuery(step.query, { ...step.params, ...flags });
    const columns = returnColumns(text, step.query);
    if (handsOn && !columns.includes(HANDED_ON))
      throw new Error(`Named query ${step.query} takes handOn but returns no ${HANDED_ON} column`);
    const rowMap = `{${columns
      .filter((column) => column !== HANDED_ON)
      .map((column) => `${column}: ${column}`)
      .join(', ')}}`;
    const collected = `collect(${rowMap}) AS rows${i}${handsOn ? `, collect(${HANDED_ON}) AS handed${i}` : ''}`;
    const parent = step.parent;
    if (parent && startsFromParentNodes) {
      const parentIndex = index.get(parent.step)!;
      const parents = `parents${parentIndex}`;
      if (!gathered.has(parentIndex)) {
        gathered.add(parentIndex);
        clauses.push(
          `CALL (handed${parentIndex}) {\n  UNWIND handed${parentIndex} AS nodes\n  UNWIND nodes AS parent\n  RETURN collect(DISTINCT parent) AS ${parents}\n}`,
        );
      }
      clauses.push(
        `CALL (${parents}) {\n  CALL (${parents}) {\n${indent(renamed(text, i, { parents }))}\n  }\n  RETURN ${collected}\n}`,
      );
    } else if (parent) {
      const parentIndex = index.get(parent.step)!;
      const idPath = projectedIdPath(parent, projection && isProjected(parent.step.query) ? projection : null);
      clauses.push(
        `CALL (rows${parentIndex}) {\n${parentIds(`rows${parentIndex}`, parent.entries, idPath)}\n  RETURN collect(DISTINCT id) AS ids${i}\n}`,
      );
      clauses.push(
        `CALL (ids${i}) {\n  CALL (ids${i}) {\n${indent(renamed(text, i, { ids: `ids${i}` }))}\n  }\n  RETURN ${collected}\n}`,
      );
      returned.push(`ids${i}`);
    } else {
      clauses.push(`CALL () {\n  CALL () {\n${indent(renamed(text, i, {}))}\n  }\n  RETURN ${collected}\n}`);
    }
    returned.push(`rows${i}`);
  });
  const cypher = `${clauses.join('\n')}\nRETURN ${returned.join(', ')}`;
  return { cypher, params: sentParams(cypher, params), steps, projection };
}

/**
 * Only the parameters the text reads, and of $fields only the labels it
 * reads: the rest chose variants (flags such as relType, null paging
 * arguments) and are gone from the text. Everything sent is packed and
 * written on every request (the nested walk's parameters were a
 * kilobyte, 40% of them unread).
 */
function sentParams(cypher: string, params: Params): Params {
  const sent: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (new RegExp(`\\$${name}\\b`).test(cypher)) sent[name] = value;
  }
  if (sent.fields) sent.fields = fieldsRead(cypher, params, sent.fields as Projection);
  return sent;
}

/**
 * The labels of $fields a text reads: by name ($fields.Actor) or by a
 * step's label parameter ($fields[$s1_label]); any other use (a look-up by
 * the node's own labels) may read any of them.
 */
function fieldsRead(cypher: string, params: Params, projection: Projection): Partial<Projection> {
  const labels = new Set<string>();
  for (const use of cypher.matchAll(/\$fields\b(?:\.(\w+)|\[\$(s\d+_label)\])?/g)) {
    const label = use[1] ?? (use[2] ? params[use[2]] : undefined);
    if (typeof label !== 'string') return projection;
    labels.add(label);
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

/** The ids found at `idPath` in each entry of a parent step's rows, as `id` rows for the RETURN after it. */
function parentIds(rows: string, entries: 'page' | 'items' | 'row', idPath: readonly string[]): string {
  for (const key of idPath)
    if (!/^([A-Za-z]+|[0-9]+)$/.test(key)) throw new Error(`Bad entry key "${key}" in field-loads`);
  // A number is a list index (in a projected node); a word a map key.
  const id = ['entry', ...idPath]
    .map((key, i) => (i > 0 && /^[0-9]+$/.test(key) ? `[${key}]` : i > 0 ? `.${key}` : key))
    .join('');
  const each =
    entries === 'row' ? `  UNWIND ${rows} AS entry` : `  UNWIND ${rows} AS row\n  UNWIND row.${entries} AS entry`;
  return `${each}\n  WITH ${id} AS id WHERE id IS NOT NULL`;
}

/**
 * A named query's text with its parameters renamed for step `i`: `$ids` and
 * `$parents` become the variables given for them (the parents gathered from
 * the step above), `$fields` is shared, every other parameter is the step's own.
 */
function renamed(text: string, i: number, parentVariables: { ids?: string; parents?: string }): string {
  return compactText(text).replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    if (name === 'fields') return '$fields';
    if (name === 'ids' && parentVariables.ids) return parentVariables.ids;
    if (name === 'parents' && parentVariables.parents) return parentVariables.parents;
    return `$s${i}_${name}`;
  });
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}

const compactCache = new Map<string, string>();

/**
 * A query text without its comments, indentation, blank lines and final
 * semicolon: the composed text travels to Neo4j on every request, and the
 * driver writes it in 1.4 kB chunks, one socket write each. (No query string
 * holds "//" or a line break; the test of compose-cypher checks.)
 */
export function compactText(query: string): string {
  let text = compactCache.get(query);
  if (text === undefined) {
    text = query
      .split('\n')
      .map((line) => line.replace(/\/\/.*$/, '').trim())
      .filter((line) => line !== '')
      .join('\n')
      .replace(/;$/, '');
    compactCache.set(query, text);
  }
  return text;
}

const columnsCache = new Map<string, string[]>();

/**
 * The columns a named query returns, read from its final top-level RETURN
 * (`RETURN a, b AS c` gives a and c): the composed query collects each
 * step's rows into maps with these keys, the rows the loaders would get.
 */
export function returnColumns(text: string, name: string): string[] {
  let columns = columnsCache.get(text);
  if (!columns) {
    columns = parseReturnColumns(text, name);
    columnsCache.set(text, columns);
  }
  return columns;
}

export function parseReturnColumns(text: string, name: string): string[] {
  const code = text.replace(/\/\/[^\n]*/g, '');
  let depth = 0;
  let quote: string | null = null;
  let returnAt = -1;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('{(['.includes(char)) depth++;
    else if ('})]'.includes(char)) depth--;
    else if (depth === 0 && /^RETURN\b/i.test(code.slice(i, i + 7)) && !/\w/.test(code[i - 1] ?? ' ')) returnAt = i;
  }
  if (returnAt < 0) throw new Error(`Named query ${name} has no top-level RETURN`);
  const items = splitTopLevel(code.slice(returnAt + 'RETURN'.length));
  return items.map((item) => {
    const alias = /\bAS\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/i.exec(item);
    const bare = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(item);
    const column = alias?.[1] ?? bare?.[1];
    if (!column) throw new Error(`Named query ${name}: cannot name the returned column "${item.trim()}"`);
    return column;
  });
}

function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if ('{(['.includes(char)) depth++;
    else if ('})]'.includes(char)) depth--;
    else if (char === ',' && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim()).filter(Boolean);
}
