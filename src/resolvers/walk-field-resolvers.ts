// The GraphQL fields that walk one relationship type, made from their
// declarations (src/domain/relationships.ts) rather than written by hand:
// one resolver class per node type, one field per declaration, each reading
// through the same neighbour loaders as the hand-written fields (so the
// prefetch's derived field loads, src/prefetch/walk-field-loads.ts, answer
// them in the request's one round trip).
import 'reflect-metadata';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { NodeLabel } from '../domain';
import type { GraphqlContext } from '../graphql/context';
import { Actor } from '../model/actor.type';
import { Article } from '../model/article.type';
import {
  ActorConnection,
  ArticleConnection,
  DemandConnection,
  EventConnection,
  StatementConnection,
  TerritoryConnection,
} from '../model/connections';
import { Demand } from '../model/demand.type';
import { GraphEvent } from '../model/event.type';
import { NODE_PAGE_ARGS } from '../model/nested-page.args';
import { Node } from '../model/node.interface';
import { PageArgs } from '../model/page.args';
import { RelatedActorConnection, RelatedTerritoryConnection } from '../model/relation-edges.type';
import { sortSpec } from '../model/sort.enum';
import { Statement } from '../model/statement.type';
import { Territory } from '../model/territory.type';
import { declaredWalks } from '../repositories/declared-walks';
import type { DeclaredWalk } from '../repositories/declared-walks';
import { neighbourConnection } from '../repositories/neighbour.repository';
import { NODE_MAPPERS, toNode } from '../repositories/node-mapper';
import { neighbourModels, neighbourOne } from '../repositories/node.repository';
import { relationConnection } from '../repositories/relation.repository';

const OBJECT_TYPES: Record<NodeLabel, ClassType> = {
  Actor,
  Article,
  Demand,
  Event: GraphEvent,
  Statement,
  Territory,
};
const CONNECTIONS: Record<NodeLabel, ClassType> = {
  Actor: ActorConnection,
  Article: ArticleConnection,
  Demand: DemandConnection,
  Event: EventConnection,
  Statement: StatementConnection,
  Territory: TerritoryConnection,
};
const RELATION_CONNECTIONS: Partial<Record<NodeLabel, ClassType>> = {
  Actor: RelatedActorConnection,
  Territory: RelatedTerritoryConnection,
};
const MAPPERS = NODE_MAPPERS;

type Resolve = (root: { id: string }, args: PageArgs & { sort?: string }, context: GraphqlContext) => unknown;

interface FieldPlan {
  returns: () => ClassType | ClassType[];
  nullable: boolean;
  args: ClassType | null;
  resolve: Resolve;
}

/** What a declared field returns, takes and does, by its shape. */
function planField({ field, walk, types }: DeclaredWalk): FieldPlan {
  const far = field.farLabel;
  const { direction } = field;
  switch (field.shape) {
    case 'one':
    case 'optionalOne':
      return {
        returns: () => OBJECT_TYPES[far!],
        nullable: field.shape === 'optionalOne',
        args: null,
        resolve: (root, _args, context) => neighbourOne(context.data, root.id, direction, types, MAPPERS[far!]),
      };
    case 'list':
      return {
        // Node is an abstract interface class, which type-graphql takes as a return type.
        returns: () => [far ? OBJECT_TYPES[far] : (Node as unknown as ClassType)],
        nullable: false,
        args: null,
        resolve: (root, _args, context) =>
          neighbourModels(context.data, root.id, direction, types, (item) =>
            far ? MAPPERS[far](item.node) : toNode(item.labels, item.node),
          ),
      };
    case 'page':
      return {
        returns: () => CONNECTIONS[far!],
        nullable: false,
        args: NODE_PAGE_ARGS[far!],
        resolve: (root, args, context) =>
          neighbourConnection(context.data, root.id, walk!, sortSpec(args.sort ?? ''), args, MAPPERS[far!]),
      };
    case 'relationPage': {
      const connection = RELATION_CONNECTIONS[far!];
      if (!connection) throw new Error(`${field.on}.${field.name}: relation edges lead to actors or territories only`);
      return {
        returns: () => connection,
        nullable: false,
        args: PageArgs,
        resolve: (root, args, context) => relationConnection(context.data, root.id, walk!, args),
      };
    }
  }
}

/** One resolver class for a node type's declared walk fields, decorated as type-graphql's decorators would. */
function walkFieldResolver(label: NodeLabel, walks: readonly DeclaredWalk[]): ClassType {
  @Resolver(() => OBJECT_TYPES[label])
  class DeclaredWalkFieldResolver {}
  Object.defineProperty(DeclaredWalkFieldResolver, 'name', { value: `${label}WalkFieldResolver` });
  const prototype = DeclaredWalkFieldResolver.prototype as unknown as Record<string, unknown>;
  for (const declared of walks) {
    const { name, description } = declared.field;
    const plan = planField(declared);
    prototype[name] = plan.args
      ? (root: { id: string }, args: PageArgs, context: GraphqlContext) => plan.resolve(root, args, context)
      : (root: { id: string }, context: GraphqlContext) => plan.resolve(root, {}, context);
    const parameterTypes = plan.args ? [Object, plan.args, Object] : [Object, Object];
    Reflect.defineMetadata('design:paramtypes', parameterTypes, prototype, name);
    Reflect.defineMetadata('design:returntype', Object, prototype, name);
    Root()(prototype, name, 0);
    if (plan.args) {
      const argsType = plan.args;
      Args(() => argsType)(prototype, name, 1);
      Ctx()(prototype, name, 2);
    } else Ctx()(prototype, name, 1);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
    FieldResolver(plan.returns, { nullable: plan.nullable, description })(prototype, name, descriptor);
  }
  return DeclaredWalkFieldResolver;
}

/** A resolver class per node type that has declared walk fields. */
export function walkFieldResolvers(): ClassType[] {
  const byLabel = new Map<NodeLabel, DeclaredWalk[]>();
  for (const declared of declaredWalks().values()) {
    const list = byLabel.get(declared.field.on) ?? [];
    list.push(declared);
    byLabel.set(declared.field.on, list);
  }
  return [...byLabel].map(([label, walks]) => walkFieldResolver(label, walks));
}
