// The relationship types the code declares, checked against the query
// builders that must handle each: a type added to the model but forgotten in
// one of them would otherwise fail silently (a typed walk matching every
// type, a mutation's edge counted but never written, analytics leaving it
// out, a field costing extra round trips). The server runs this at start and
// refuses to start while anything is missing; a unit test runs it too.
import { ANALYTICS_EDGE_READS } from '../analytics/edge-reads';
import { ANALYSED_RELATION_TYPES } from '../analytics/load-snapshot';
import type { AnalyticsEdgeRead } from '../analytics/edge-reads';
import { FIELD_LOADS } from '../prefetch/field-loads';
import type { FieldLoad } from '../prefetch/field-loads';
import { edgeTypes, relationTypes } from '../domain';
import type { EdgeType } from '../domain';
import { anyTypeEdgeWriteTypes, edgeWriteOfType } from '../cypher/edge-write-queries';
import { UnknownEdgeTypeError } from '../cypher/model-edge-type';
import { namedQuery, specialisedQuery } from './named-queries';

export interface ModelDeclaration {
  /** Every relationship type in the graph (graph-rows.ts; the EdgeType enum of the API). */
  edgeTypes: readonly string[];
  /** The relation types annotations state (annotation.schema.ts; the RelationType enum). */
  relationTypes: readonly string[];
  /** Which analytics query reads each edge type, or why none does. */
  analyticsReads: Readonly<Record<string, AnalyticsEdgeRead>>;
  /** What each GraphQL field reads (the prefetch's field loads). */
  fieldLoads: Readonly<Record<string, Readonly<Record<string, FieldLoad>>>>;
}

export const DECLARED_MODEL: ModelDeclaration = {
  edgeTypes: edgeTypes(),
  relationTypes: relationTypes(),
  analyticsReads: ANALYTICS_EDGE_READS,
  fieldLoads: FIELD_LOADS,
};

/** The neighbour reads built per relationship type (src/cypher/neighbour-pattern.ts). */
const TYPED_READS = ['neighbour-list-out', 'neighbour-list-in', 'neighbour-page-out', 'neighbour-page-in'];

/** Everything missing, one line each naming the type and what lacks it; empty when the model is whole. */
export function modelGaps(model: ModelDeclaration = DECLARED_MODEL): string[] {
  const gaps: string[] = [];
  const walked = typesWalkedByFields(model.fieldLoads);
  const writtenByMutations = new Set<string>(anyTypeEdgeWriteTypes());
  for (const type of model.edgeTypes) {
    for (const query of TYPED_READS) {
      const missing = typedReadGap(query, type);
      if (missing) gaps.push(`${type}: no typed read in ${query} (${missing})`);
    }
    const unwritten = edgeWriteGap(type) ?? (writtenByMutations.has(type) ? null : 'seed-edges leaves it out');
    if (unwritten) gaps.push(`${type}: no edge write (${unwritten})`);
    const analytics = model.analyticsReads[type];
    if (!analytics) gaps.push(`${type}: no analytics handling (src/analytics/edge-reads.ts)`);
    else if ('query' in analytics && analytics.query === 'analytics-relations') {
      if (!ANALYSED_RELATION_TYPES.includes(type))
        gaps.push(`${type}: analytics-relations is said to read it, but it is in neither relation family`);
    } else if ('query' in analytics && !namesType(namedQuery(analytics.query), type))
      gaps.push(`${type}: ${analytics.query} does not read it, though src/analytics/edge-reads.ts says so`);
    if (!walked.has(type)) gaps.push(`${type}: no GraphQL field reads it (src/prefetch/field-loads.ts)`);
  }
  for (const type of model.relationTypes) {
    if (!model.edgeTypes.includes(type)) gaps.push(`${type}: a relation type that is not an edge type`);
    const analytics = model.analyticsReads[type];
    if (analytics && !('query' in analytics && analytics.query === 'analytics-relations'))
      gaps.push(`${type}: a relation type that analytics-relations does not read`);
  }
  return gaps;
}

export class ModelIncompleteError extends Error {
  constructor(readonly gaps: readonly string[]) {
    super(`The model's relationship types are not all handled:\n- ${gaps.join('\n- ')}`);
    this.name = 'ModelIncompleteError';
  }
}

/** Throws ModelIncompleteError naming every gap. */
export function assertModelComplete(model: ModelDeclaration = DECLARED_MODEL): void {
  const gaps = modelGaps(model);
  if (gaps.length > 0) throw new ModelIncompleteError(gaps);
}

/** Why the read built for one type does not name it in its pattern, or null when it does (a type outside the model throws). */
function typedReadGap(query: string, type: string): string | null {
  try {
    const text = specialisedQuery(query, { relType: type, types: [type] });
    return text.includes(`[r:${type}]`) ? null : 'its pattern does not name the type';
  } catch (error) {
    return whyNotBuilt(error);
  }
}

/** Why the seeder's edge writes of one type (MERGE and CREATE) cannot be built or do not write it, or null. */
function edgeWriteGap(type: string): string | null {
  try {
    const writes = [edgeWriteOfType(type as EdgeType, 'merge'), edgeWriteOfType(type as EdgeType, 'create')];
    return writes.every((text) => text.includes(`[r:${type} `)) ? null : 'its pattern does not name the type';
  } catch (error) {
    return whyNotBuilt(error);
  }
}

function whyNotBuilt(error: unknown): string {
  if (error instanceof UnknownEdgeTypeError) return 'the builders take the types of src/model/edge-ends.ts only';
  return (error as Error).message;
}

/** Whether a query's relationship patterns name the type (`[:T]`, `[r:A|T]`). */
function namesType(text: string, type: string): boolean {
  return new RegExp(`\\[\\w*:(\\w+\\|)*${type}[\\]|\\s{]`).test(text);
}

/** The relationship types the per-parent field loads read, with each field's default arguments. */
function typesWalkedByFields(fieldLoads: ModelDeclaration['fieldLoads']): Set<string> {
  const types = new Set<string>();
  for (const fields of Object.values(fieldLoads)) {
    for (const load of Object.values(fields)) {
      if (load.kind !== 'perParent') continue;
      // No arguments but an empty sort, which every key function takes: the field's default walk.
      for (const read of load.reads({ sort: '' }))
        for (const type of (read.params.types as string[] | undefined) ?? []) types.add(type);
    }
  }
  return types;
}
