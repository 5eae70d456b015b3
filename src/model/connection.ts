import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/** What every connection carries besides its edges. */
export interface ConnectionShape<TEdge, TNode> {
  edges: TEdge[];
  nodes: TNode[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay edge whose only payload is the node: the common case. */
export function edgeType<TNode extends object>(name: string, nodeType: ClassType<TNode>, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with the cursor that points at it.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item: pass it as after or before to page from here.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node: TNode;
  }
  return Edge;
}

/** The Relay connection over edges of one type; `nodes` spares clients the edges when they need no cursors. */
export function connectionType<TEdge extends object, TNode extends object>(
  name: string,
  edge: ClassType<TEdge>,
  nodeType: ClassType<TNode>,
  what: string,
) {
  @ObjectType(`${name}Connection`, { description: `A page of ${what}, with cursors to page on.` })
  class Connection implements ConnectionShape<TEdge, TNode> {
    @Field(() => [edge], { description: `The ${what} of this page, each with its cursor.` })
    edges: TEdge[];

    @Field(() => [nodeType], { description: `The ${what} of this page, without cursors.` })
    nodes: TNode[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `How many ${what} the whole list holds, across all pages.` })
    totalCount: number;
  }
  return Connection;
}
