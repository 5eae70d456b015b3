import { registerEnumType } from 'type-graphql';

/** What addAnnotation, updateAnnotation and retractAnnotation change: an item of the annotation files. */
export enum AnnotationKind {
  ARTICLE = 'article',
  ACTOR = 'actor',
  TERRITORY = 'territory',
  EVENT = 'event',
  STATEMENT = 'statement',
  DEMAND = 'demand',
  STANCE = 'stance',
  RELATION = 'relation',
}

registerEnumType(AnnotationKind, {
  name: 'AnnotationKind',
  description:
    'A kind of annotation item (docs/model.md). Items are named by id; a relation, which has none, by ' +
    'type/from/to/article (SPEAKS_FOR/actor-a/actor-b/article-000); a stance by statement/demand.',
});
