import { registerEnumType } from 'type-graphql';

/** What addAnnotation, updateAnnotation and retractAnnotation change: an item of the annotation files. */
export enum AnnotationKind {
  ARTICLE = 'ARTICLE',
  ACTOR = 'ACTOR',
  TERRITORY = 'TERRITORY',
  EVENT = 'EVENT',
  STATEMENT = 'STATEMENT',
  DEMAND = 'DEMAND',
  STANCE = 'STANCE',
  RELATION = 'RELATION',
}

registerEnumType(AnnotationKind, {
  name: 'AnnotationKind',
  description:
    'A kind of annotation item (docs/model.md). Items are named by id; a relation, which has none, by ' +
    'type/from/to/article (SPEAKS_FOR/actor-a/actor-b/article-000); a stance by statement/demand.',
  valuesConfig: {
    ARTICLE: {
      description: "An article's header (article:), with its text as `text`; retracting one retracts its file.",
    },
    ACTOR: { description: 'An actor (actors:).' },
    TERRITORY: { description: 'A territory (territories:).' },
    EVENT: { description: 'An event (events:).' },
    STATEMENT: { description: "A statement (statements:), declared in its article's file." },
    DEMAND: { description: "A demand (demands:), declared in its article's file." },
    STANCE: { description: "A statement's stance on a demand ({ statement, demand, stance }): part of the statement." },
    RELATION: { description: 'A relation (relations:), named type/from/to/article.' },
  },
});
