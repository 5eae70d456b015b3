import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { Actor } from '../model/actor.type';
import { Article } from '../model/article.type';
import { StatementConnection } from '../model/connections';
import { DemandStance } from '../model/demand-stance.enum';
import { StatementsArgs, TimelineArgs } from '../model/list.args';
import { Node } from '../model/node.interface';
import { StanceOnDemand } from '../model/stance.type';
import { Statement } from '../model/statement.type';
import { toActor, toArticle, toDemand, toNode } from '../repositories/node-mapper';
import { neighbourModels, neighbourOne, requireNode } from '../repositories/node.repository';
import { findStatements, findTimeline } from '../repositories/statement.repository';
import { STANCES } from '../repositories/walks';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { description: 'One statement by id. An unknown id is a NOT_FOUND error.' })
  statement(
    @Arg('id', () => ID, { description: 'The statement id, e.g. stmt-002-03.' }) id: string,
    @Ctx() context: GraphqlContext,
  ) {
    return requireNode(context.data, id, 'Statement');
  }

  @Query(() => StatementConnection, {
    description:
      'Statements, filterable by speaker, article, target, mention, date range, PLOVER type and full text; newest first by default.',
  })
  statements(@Args() args: StatementsArgs, @Ctx() context: GraphqlContext) {
    return findStatements(context.data, args);
  }

  @Query(() => StatementConnection, {
    description:
      "An actor's dated statements in order, oldest first: what it said and when. An unknown actor is a NOT_FOUND error.",
  })
  async timeline(@Args() args: TimelineArgs, @Ctx() context: GraphqlContext) {
    await requireNode(context.data, args.actor, 'Actor');
    return findTimeline(context.data, args);
  }

  @FieldResolver(() => Actor, { description: 'The actor who made the statement.' })
  speaker(@Root() statement: Statement, @Ctx() context: GraphqlContext) {
    return neighbourOne(context.data, statement.id, 'in', ['MADE'], toActor);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor the speaker spoke for here, where the article says so.',
  })
  onBehalfOf(@Root() statement: Statement, @Ctx() context: GraphqlContext) {
    return neighbourOne(context.data, statement.id, 'out', ['ON_BEHALF_OF'], toActor);
  }

  @FieldResolver(() => Article, { description: 'The article that reports the statement.' })
  article(@Root() statement: Statement, @Ctx() context: GraphqlContext) {
    return neighbourOne(context.data, statement.id, 'out', ['REPORTED_IN'], toArticle);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The outlet or agency the article credits for the statement.',
  })
  reportedBy(@Root() statement: Statement, @Ctx() context: GraphqlContext) {
    return neighbourOne(context.data, statement.id, 'out', ['REPORTED_BY'], toActor);
  }

  @FieldResolver(() => [Actor], { description: 'The actors the statement is aimed at.' })
  targets(@Root() statement: Statement, @Ctx() context: GraphqlContext) {
    return neighbourModels(context.data, statement.id, 'out', ['TARGETS'], (item) => toActor(item.node));
  }

  @FieldResolver(() => [Node], { description: 'The actors, territories and events the statement mentions.' })
  mentions(@Root() statement: Statement, @Ctx() context: GraphqlContext) {
    return neighbourModels(context.data, statement.id, 'out', ['MENTIONS'], (item) => toNode(item.labels, item.node));
  }

  @FieldResolver(() => [StanceOnDemand], {
    description:
      "The demands the statement takes a stance on, with the stance: the statement's place in the demand walks.",
  })
  demands(
    @Root() statement: Statement,
    @Arg('stances', () => [DemandStance], { nullable: true, description: 'Only these stances; all four when absent.' })
    stances: DemandStance[] | null | undefined,
    @Ctx() context: GraphqlContext,
  ) {
    return neighbourModels(context.data, statement.id, 'out', stances?.length ? stances : STANCES, (item) => ({
      stance: item.edgeType as DemandStance,
      demand: toDemand(item.node),
    }));
  }
}
