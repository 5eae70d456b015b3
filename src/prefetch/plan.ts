// From a request's operation to the reads its resolvers will make: a tree of
// steps, one per field that loads data, each knowing which earlier step's
// rows hold its parents. compose-cypher.ts turns the tree into one query.
import type { OperationDefinitionNode } from 'graphql';
import type { Params } from '../db/executor';
import { stableKey } from '../repositories/stable-key';
import { FIELD_LOADS } from './field-loads';
import type { FieldLoad } from './field-loads';
import { takesCondition } from '../db/named-queries';
import { allSteps } from './plan-steps';
import { followPath, namedType, selectedFields } from './selection';
import type { SelectedField, SelectionScope } from './selection';
import type { GraphQLObjectType } from 'graphql';

/** Where a step's ids are in its parent step's rows. */
export interface ParentLink {
  step: PlanStep;
  /** Each parent row's entries: a page's entries, a list's items, or the row itself (a node by id). */
  entries: 'page' | 'items' | 'row';
  /** The keys leading from an entry to an id: ['node', 'id'] for the node's own, ['edge', 'article'] for a provenance id. */
  idPath: readonly string[];
  /**
   * Set when the id is a property of the parent node other than its id (a
   * demand's articleId): the node's type, so the composer finds the property
   * among projected values.
   */
  nodeProperty?: { label: string; property: string };
}

export interface PlanStep {
  kind: FieldLoad['kind'];
  query: string;
  params: Params;
  parent: ParentLink | null;
  children: PlanStep[];
  /**
   * Read only the page: every field that reads this (query, params) selects
   * neither totalCount nor pageInfo, and the page is a first page without a
   * cursor, so the query may cut its sorted list with LIMIT and count
   * nothing (the `pageOnly` blocks of the list queries).
   */
  pageOnly?: boolean;
}

/** A bound on the size of one composed query; fields beyond it load as usual. */
export const MAX_STEPS = 40;

export function planOperation(operation: OperationDefinitionNode, scope: SelectionScope): PlanStep[] {
  const queryType = scope.schema.getQueryType();
  if (operation.operation !== 'query' || !queryType) return [];
  const budget = { steps: 0 };
  const roots: PlanStep[] = [];
  for (const field of selectedFields(queryType, [operation.selectionSet], scope)) {
    const load = FIELD_LOADS.Query[field.definition.name];
    const step = load && rootStep(load, field.args);
    if (!step || budget.steps >= MAX_STEPS) continue;
    budget.steps += 1;
    roots.push(step);
    const returnType = namedType(field.definition.type);
    if (returnType) {
      step.pageOnly = wantsOnlyThePage(step, returnType, field, scope);
      planChildren(step, load, returnType, field, scope, budget);
    }
  }
  settlePageOnly(roots);
  return roots;
}

/** Fields of a connection that need the whole list counted, not only the page. */
const COUNTING_FIELDS = new Set(['totalCount', 'pageInfo']);

/** Whether a list field's step may read its page alone (see PlanStep.pageOnly). */
function wantsOnlyThePage(
  step: PlanStep,
  returnType: GraphQLObjectType,
  field: SelectedField,
  scope: SelectionScope,
): boolean {
  const { params } = step;
  if (params.after != null || params.before != null || params.last != null || params.first == null) return false;
  if (!takesCondition(step.query, 'pageOnly')) return false;
  const selectionSets = field.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return !selectedFields(returnType, selectionSets, scope).some((selected) =>
    COUNTING_FIELDS.has(selected.definition.name),
  );
}

/**
 * One read primes one loader key (query, parent, params), whichever field
 * asked: if any field reading the same query and params needs the total, no
 * step of them reads the page alone, or the first primed would answer the
 * other's totalCount with nothing.
 */
function settlePageOnly(roots: readonly PlanStep[]): void {
  const all = allSteps(roots);
  const counted = new Set(all.filter((step) => !step.pageOnly).map(readKey));
  for (const step of all) if (step.pageOnly && counted.has(readKey(step))) step.pageOnly = false;
}

function readKey(step: PlanStep): string {
  return stableKey([step.query, step.params]);
}

function rootStep(load: FieldLoad, args: Record<string, unknown>): PlanStep | null {
  const read = attempt(() => {
    if (load.kind === 'root') return load.read(args);
    if (load.kind === 'byId') return { name: 'nodes-by-id', params: { ids: [load.id(args)] } };
    return null;
  });
  return read ? { kind: load.kind, query: read.name, params: read.params, parent: null, children: [] } : null;
}

/** Plans the loading fields selected on the nodes a step returns, wherever its field shows them. */
function planChildren(
  step: PlanStep,
  load: FieldLoad,
  returnType: GraphQLObjectType,
  field: SelectedField,
  scope: SelectionScope,
  budget: { steps: number },
) {
  const entries = load.kind === 'root' ? 'page' : load.kind === 'perParent' ? load.entries : 'row';
  const seen = new Map<string, PlanStep>(step.children.map((child) => [signature(child), child]));
  for (const at of load.objectsAt) {
    const reached = followPath(returnType, field.nodes, at.path, scope);
    if (!reached) continue;
    const prefix = at.entryPrefix ?? ['node'];
    for (const childField of selectedFields(reached.type, reached.selectionSets, scope)) {
      const childLoad = FIELD_LOADS[reached.type.name]?.[childField.definition.name];
      if (!childLoad) continue;
      for (const candidate of childSteps(childLoad, childField, { step, entries, idPath: prefix }, reached.type.name)) {
        // The same read of the same parents (nodes { x } and edges { node { x } }) is one step.
        const existing = seen.get(signature(candidate));
        const child = existing ?? candidate;
        if (!existing) {
          if (budget.steps >= MAX_STEPS) return;
          budget.steps += 1;
          seen.set(signature(candidate), candidate);
          step.children.push(candidate);
        }
        const childType = namedType(childField.definition.type);
        if (!childType) continue;
        if (childLoad.kind === 'perParent' && childLoad.entries === 'page') {
          // The same step reached from two selections: it reads the page alone only if both allow it.
          const onlyThePage = wantsOnlyThePage(child, childType, childField, scope);
          child.pageOnly = existing ? existing.pageOnly === true && onlyThePage : onlyThePage;
        }
        planChildren(child, childLoad, childType, childField, scope, budget);
      }
    }
  }
}

/** The steps a field of a parent's objects needs: one per read of a per-parent field, one for a node named by id. */
function childSteps(load: FieldLoad, field: SelectedField, at: ParentLink, parentType: string): PlanStep[] {
  if (load.kind === 'perParent') {
    const parent = { ...at, idPath: [...at.idPath, 'id'] };
    return (attempt(() => load.reads(field.args)) ?? []).map((read) => ({
      kind: 'perParent',
      query: read.query,
      params: read.params,
      parent,
      children: [],
    }));
  }
  if (load.kind === 'nodeOf') {
    const nodeProperty = load.idPath.length === 1 ? { label: parentType, property: load.idPath[0] } : undefined;
    return [
      {
        kind: 'nodeOf',
        query: 'nodes-by-id',
        params: {},
        parent: { ...at, idPath: [...at.idPath, ...load.idPath], nodeProperty },
        children: [],
      },
    ];
  }
  return [];
}

function signature(step: PlanStep): string {
  return stableKey([step.parent?.entries, step.parent?.idPath, step.query, step.params]);
}

/**
 * Bad arguments (a page too large, a malformed cursor) throw where the
 * resolver will throw them again with the error the client should see, so
 * the planner leaves such a field to its resolver.
 */
function attempt<T>(build: () => T): T | null {
  try {
    return build();
  } catch {
    return null;
  }
}
