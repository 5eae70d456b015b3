// Facts about the relationship types, derived from their declarations:
// which labels they join, which carry a key or properties, which families
// they form. Functions, not constants, so that reading this module does not
// fix the model (see model.ts); callers keep what they need.
import type { NodeLabel } from './node-labels';
import type { AnalyticsRole } from './relationship-declaration';
import type { EdgeType } from './model';
import { domainModel, familyTypes, isEdgeType, relationship } from './model';

/** Every relationship type of the model. */
export function edgeTypes(): readonly EdgeType[] {
  return domainModel().edgeTypes;
}

/** The relation types that link an actor to another actor. */
export function actorRelationTypes(): EdgeType[] {
  return familyTypes('actorRelation');
}

/** The relation types that link an actor to a territory. */
export function territoryRelationTypes(): EdgeType[] {
  return familyTypes('territoryRelation');
}

/** Every relation type annotators state in `relations:`: actor to actor, then actor to territory. */
export function relationTypes(): EdgeType[] {
  return [...actorRelationTypes(), ...territoryRelationTypes()];
}

/** A statement's stances on a demand. */
export function stanceTypes(): EdgeType[] {
  return familyTypes('stance');
}

/** The labels a type joins. */
export function edgeEnds(type: EdgeType): { from: readonly NodeLabel[]; to: readonly NodeLabel[] } {
  const { from, to } = relationship(type);
  return { from, to };
}

/** Whether edges of `type` carry a key (the article that states them), so one pair of nodes may be joined twice. */
export function isKeyed(type: EdgeType): boolean {
  return relationship(type).key !== 'none';
}

/** Whether edges of `type` hold properties besides the key; every other type's edges hold only the empty key. */
export function hasEdgeProperties(type: EdgeType): boolean {
  return Object.keys(relationship(type).properties).length > 0;
}

/** The properties every edge of a type without properties has. */
export const BARE_EDGE_PROPERTIES: Readonly<{ key: '' }> = Object.freeze({ key: '' });

/** Whether every edge of every one of `types` holds only the empty key. */
export function edgesAreBare(types: readonly string[]): boolean {
  return types.length > 0 && types.every((type) => isEdgeType(type) && !hasEdgeProperties(type));
}

/** The label of every node reached over `type` in `direction` from its parent, where the model allows one only. */
export function farLabelOf(type: EdgeType, direction: 'out' | 'in'): NodeLabel | null {
  const { from, to } = relationship(type);
  const labels = direction === 'out' ? to : from;
  return labels.length === 1 ? labels[0] : null;
}

/** The one label every node reached over any of `types` in `direction` has, where the model allows one only. */
export function farLabelOfAll(types: readonly string[], direction: 'out' | 'in'): NodeLabel | null {
  const labels = new Set(types.map((type) => (isEdgeType(type) ? farLabelOf(type, direction) : null)));
  const [label] = labels;
  return labels.size === 1 && label ? label : null;
}

/** Which analytics query reads each type, or why none does. */
export function analyticsRoles(): Record<EdgeType, AnalyticsRole> {
  return Object.fromEntries(
    [...domainModel().relationships].map(([type, declaration]) => [type, declaration.analytics]),
  );
}

/** The property names edges of `type` may hold as stored: `key`, and each declared one (a date with its parts). */
export function storedEdgeProperties(type: EdgeType): string[] {
  const names = ['key'];
  for (const [name, declared] of Object.entries(relationship(type).properties)) {
    const kind = typeof declared === 'string' ? declared : declared.type;
    names.push(name);
    if (kind === 'date?') names.push(`${name}Precision`, `${name}Cue`, `${name}Inferred`);
  }
  return names;
}
