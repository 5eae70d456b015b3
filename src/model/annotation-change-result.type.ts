import { Field, Int, ObjectType } from 'type-graphql';
import { AnnotationKind } from './annotation-kind.enum';

@ObjectType({ description: 'One item of the annotation corpus.' })
export class AnnotationItemRef {
  @Field(() => AnnotationKind, { description: 'Its kind.' })
  kind: AnnotationKind;

  @Field({ description: 'Its id (a relation: type/from/to/article).' })
  id: string;
}

@ObjectType({ description: 'What a change did to the annotation corpus, in the one transaction that made it.' })
export class AnnotationChangeResult {
  @Field(() => Int, { description: "The corpus's edition after the change; every change advances it by one." })
  edition: number;

  @Field(() => [AnnotationItemRef], { description: 'Items the change added.' })
  created: AnnotationItemRef[];

  @Field(() => [AnnotationItemRef], { description: 'Items the change altered (a stance alters its statement).' })
  updated: AnnotationItemRef[];

  @Field(() => [AnnotationItemRef], { description: 'Items the change took out, with their nodes and edges.' })
  retracted: AnnotationItemRef[];
}

@ObjectType({ description: 'What applying annotation files did.' })
export class AnnotationApplyResult extends AnnotationChangeResult {
  @Field(() => [AnnotationItemRef], {
    description:
      'Items changed through the API since the last sync that the files still hold as they were: kept as the ' +
      'server has them. export-annotations brings them to the files.',
  })
  serverAhead: AnnotationItemRef[];
}
