// The walk each declared walk field follows (src/domain/relationships.ts):
// one relationship type, one direction, the far label. Made once per field,
// so the resolvers and the prefetch's field loads read the same objects.
import { domainModel } from '../domain';
import type { DeclaredWalkField } from '../domain';
import type { Walk } from './neighbour.repository';

export interface DeclaredWalk {
  field: DeclaredWalkField;
  /** Null for a list whose nodes may have several labels (it reads them unpaged, by type alone). */
  walk: Walk | null;
  /** The one type, frozen: the neighbour reads find a frozen list's params by identity. */
  types: readonly string[];
}

let walks: ReadonlyMap<string, DeclaredWalk> | null = null;

/** Every declared walk field by `Type.field` (the GraphQL type name is the label). */
export function declaredWalks(): ReadonlyMap<string, DeclaredWalk> {
  walks ??= new Map(
    domainModel().walkFields.map((field) => {
      const types = Object.freeze([field.type]);
      const walk: Walk | null = field.farLabel ? { direction: field.direction, types, label: field.farLabel } : null;
      return [`${field.on}.${field.name}`, { field, walk, types }];
    }),
  );
  return walks;
}
