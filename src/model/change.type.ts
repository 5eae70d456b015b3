import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { edgeTypes, NODE_LABELS, relationship } from '../domain';
import { WHOLE_GRAPH } from '../changes/change-record';
import { connectionType, edgeType } from './connection';
import { enumFromList } from './enum-from-list';

export enum ChangeKind {
  CREATED = 'created',
  UPDATED = 'updated',
  RETRACTED = 'retracted',
  SEEDED = 'seeded',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What a write did to a node or relationship.',
  valuesConfig: {
    CREATED: { description: 'The node or relationship was added.' },
    UPDATED: { description: 'The node or relationship was there and got other properties.' },
    RETRACTED: { description: 'The node or relationship was taken back out of the graph.' },
    SEEDED: { description: 'The graph was (re)seeded from annotation files: one record for the whole run.' },
  },
});

/** What a change record is about: every node label and relationship type of the model, and the whole graph. */
export const ChangeEntity = enumFromList([...NODE_LABELS, ...edgeTypes(), WHOLE_GRAPH]);
export type ChangeEntity = string;

registerEnumType(ChangeEntity, {
  name: 'ChangeEntity',
  description: 'What a change is about: a node label, a relationship type (see docs/model.md) or the whole Graph.',
  valuesConfig: Object.fromEntries([
    ...NODE_LABELS.map((label) => [label, { description: `A node labelled ${label}.` }]),
    ...edgeTypes().map((type) => [type, { description: `A relationship: ${relationship(type).description}` }]),
    [WHOLE_GRAPH, { description: 'The whole graph: a seed run.' }],
  ]),
});

@ObjectType({
  description:
    'One record of the change feed: a node or relationship that a write created, updated or retracted, ' +
    'in the order the writes committed (docs/changes.md).',
})
export class Change {
  @Field(() => String, { description: 'Opaque position of this record: pass it as after to continue from here.' })
  cursor: string;

  @Field(() => ChangeKind, { description: 'What the write did.' })
  kind: ChangeKind;

  @Field(() => ChangeEntity, { description: 'The node label or relationship type the record is about.' })
  entity: ChangeEntity;

  @Field(() => ID, { nullable: true, description: "The node's id; null for a relationship or a seed run." })
  id: string | null;

  @Field(() => ID, { nullable: true, description: "A relationship's start node id; null for a node." })
  from: string | null;

  @Field(() => ID, { nullable: true, description: "A relationship's end node id; null for a node." })
  to: string | null;

  @Field(() => Int, {
    description: 'Which write the record belongs to; the records of one transaction share it, and it grows.',
  })
  edition: number;

  @Field(() => String, { description: 'Who wrote it: the API key name, or seeder.' })
  author: string;

  @Field(() => String, { description: 'The mutation that wrote it (addStatement, publishArticle, ...) or seed.' })
  operation: string;

  @Field(() => String, { description: 'When the records were appended, just before the write committed; ISO 8601.' })
  at: string;

  @Field(() => Int, { nullable: true, description: 'For a seed run: the nodes and relationships it wrote.' })
  count: number | null;
}

export const ChangeEdge = edgeType('Change', Change, 'change');
export const ChangeConnection = connectionType('Change', ChangeEdge, Change, 'changes');
