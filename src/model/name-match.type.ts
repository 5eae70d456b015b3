import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.interface';

/** The labels that have names and aliases, which the name search reads. */
export enum NamedLabel {
  ACTOR = 'Actor',
  TERRITORY = 'Territory',
  EVENT = 'Event',
}

registerEnumType(NamedLabel, {
  name: 'NamedLabel',
  description: 'The kinds of node the name search looks through.',
  valuesConfig: {
    ACTOR: { description: 'Actors: people, states, governments, organisations, alliances, blocs, outlets.' },
    TERRITORY: { description: 'Territories.' },
    EVENT: { description: 'Events: talks, summits, decrees and the like.' },
  },
});

@ObjectType({ description: 'A node whose name or an alias matches a name search, and how well.' })
export class NameMatch {
  @Field(() => Node, { description: 'The actor, territory or event.' })
  node: Node;

  @Field(() => Boolean, {
    description: 'Whether the words typed are exactly its name or one of its aliases (ignoring case and accents).',
  })
  exact: boolean;

  @Field(() => Float, {
    description:
      "The full-text index's score: whole words above word starts above near spellings. Comparable within one search only.",
  })
  score: number;
}
