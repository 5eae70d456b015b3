import { registerEnumType } from 'type-graphql';
import { edgeTypes, relationship } from '../domain';
import { enumFromList } from './enum-from-list';

/** Every relationship type of the domain model (src/domain/relationships.ts), described as declared there. */
export const EdgeType = enumFromList(edgeTypes());
export type EdgeType = string;

registerEnumType(EdgeType, {
  name: 'EdgeType',
  description: 'Every edge type in the graph (see docs/model.md).',
  valuesConfig: Object.fromEntries(edgeTypes().map((type) => [type, { description: relationship(type).description }])),
});
