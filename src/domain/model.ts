// The domain model as the rest of the code reads it: the declared node
// labels and relationship types, and the views derived from them. Anything
// may extend the model with a relationship type of its own
// (`declareRelationship`, e.g. a test's model) before the model is first
// read; from then on it is fixed, so every derived list agrees with every
// other for the life of the process.
import { NODE_LABEL_DECLARATIONS, NODE_LABELS } from './node-labels';
import type { NodeLabel } from './node-labels';
import type { RelationshipDeclaration, RelationshipFamily, WalkFieldDeclaration } from './relationship-declaration';
import { RELATIONSHIP_DECLARATIONS } from './relationships';

/** A relationship type the code itself declares (src/domain/relationships.ts). */
export type BuiltInEdgeType = keyof typeof RELATIONSHIP_DECLARATIONS;
/** A relationship type of the model: a built-in one or one an extension declared (check with isEdgeType). */
export type EdgeType = string;

/** A walk field with the relationship type it walks. */
export interface DeclaredWalkField extends WalkFieldDeclaration {
  type: EdgeType;
  /** The one label of the nodes it lists, or null where they may be several (Statement.mentions). */
  farLabel: NodeLabel | null;
}

export interface DomainModel {
  nodeLabels: readonly NodeLabel[];
  relationships: ReadonlyMap<EdgeType, RelationshipDeclaration>;
  /** Every relationship type, built-in ones first, in declaration order. */
  edgeTypes: readonly EdgeType[];
  walkFields: readonly DeclaredWalkField[];
}

const extensions = new Map<string, RelationshipDeclaration>();
let model: DomainModel | null = null;

const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * Adds a relationship type to the model. Only before anything has read the
 * model: the lists derived from it (enums, schemas, queries) are made once.
 */
export function declareRelationship(type: string, declaration: RelationshipDeclaration): void {
  if (model)
    throw new Error(`Cannot declare ${type}: the model has been read already; declare types before loading the app`);
  if (!TYPE_NAME.test(type)) throw new Error(`Relationship type "${type}" is not UPPER_SNAKE_CASE`);
  if (Object.hasOwn(RELATIONSHIP_DECLARATIONS, type) || extensions.has(type))
    throw new Error(`Relationship type ${type} is declared already`);
  extensions.set(type, declaration);
}

/** The model, fixed from its first reading on. */
export function domainModel(): DomainModel {
  model ??= buildModel();
  return model;
}

function buildModel(): DomainModel {
  const relationships = new Map<EdgeType, RelationshipDeclaration>([
    ...(Object.entries(RELATIONSHIP_DECLARATIONS) as [EdgeType, RelationshipDeclaration][]),
    ...extensions,
  ]);
  for (const [type, declaration] of relationships) checkDeclaration(type, declaration);
  const walkFields = [...relationships].flatMap(([type, declaration]) =>
    declaration.fields.map((field) => ({ ...field, type, farLabel: farLabelOfField(declaration, field) })),
  );
  const seen = new Set<string>();
  for (const field of walkFields) {
    const name = `${field.on}.${field.name}`;
    if (seen.has(name)) throw new Error(`Two relationship types declare the field ${name}`);
    seen.add(name);
  }
  return { nodeLabels: NODE_LABELS, relationships, edgeTypes: [...relationships.keys()], walkFields };
}

function checkDeclaration(type: string, declaration: RelationshipDeclaration): void {
  for (const label of [...declaration.from, ...declaration.to])
    if (!Object.hasOwn(NODE_LABEL_DECLARATIONS, label)) throw new Error(`${type}: unknown node label ${label}`);
  for (const field of declaration.fields) {
    const near = field.direction === 'out' ? declaration.from : declaration.to;
    if (!near.includes(field.on))
      throw new Error(
        `${type}: field ${field.on}.${field.name} walks ${field.direction} from ${field.on}, which is not that end`,
      );
    const far = field.direction === 'out' ? declaration.to : declaration.from;
    if (field.far && !far.includes(field.far))
      throw new Error(`${type}: field ${field.on}.${field.name} lists ${field.far}, which is not at the far end`);
    if (field.shape !== 'list' && !field.far && far.length !== 1)
      throw new Error(`${type}: field ${field.on}.${field.name} needs \`far\`: the far end has several labels`);
    if (field.shape === 'relationPage' && declaration.key !== 'article')
      throw new Error(
        `${type}: field ${field.on}.${field.name} lists relation edges, but ${type} carries no provenance`,
      );
  }
}

function farLabelOfField(declaration: RelationshipDeclaration, field: WalkFieldDeclaration): NodeLabel | null {
  if (field.far) return field.far;
  const far = field.direction === 'out' ? declaration.to : declaration.from;
  return far.length === 1 ? far[0] : null;
}

/** Whether `type` is a relationship type of the model. */
export function isEdgeType(type: string): type is EdgeType {
  return domainModel().relationships.has(type);
}

/** The declaration of a type of the model; throws for any other string. */
export function relationship(type: string): RelationshipDeclaration {
  const declaration = domainModel().relationships.get(type);
  if (!declaration) throw new Error(`"${type}" is not a relationship type of the model`);
  return declaration;
}

/** The types of a family, in declaration order. */
export function familyTypes(family: RelationshipFamily): EdgeType[] {
  return [...domainModel().relationships]
    .filter(([, declaration]) => declaration.family === family)
    .map(([type]) => type);
}
