import { Field, ID, InterfaceType } from 'type-graphql';

/** The node labels of docs/model.md; every model class carries its own as `label`. */
import type { NodeLabel } from '../domain';

export type { NodeLabel };

/** The GraphQL type of a node: every model instance knows its label, which is also its type name. */
export const nodeTypeName = (value: { label: NodeLabel }): NodeLabel => value.label;

@InterfaceType('Node', {
  description: 'Anything in the graph with a global id: articles, actors, statements, demands, territories and events.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Global, stable, kebab-case id, unique across all labels (e.g. actor-dmitry-peskov).',
  })
  id: string;

  /** Not in GraphQL: tells the interface which object type this is. */
  readonly label: NodeLabel;
}
