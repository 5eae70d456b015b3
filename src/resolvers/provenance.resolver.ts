// The article and statement a claim rests on, for every object that carries
// provenance ids: relation edges, path steps and demand conflicts. Loaded by
// id through the request's node loader, so a page of claims costs one query.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { Article } from '../model/article.type';
import { DemandConflict } from '../model/demand-conflict.type';
import { PathStep } from '../model/path.type';
import { RelatedActorEdge, RelatedTerritoryEdge } from '../model/relation-edges.type';
import { Statement } from '../model/statement.type';
import { optionalNode } from '../repositories/node.repository';

interface WithProvenance {
  articleId: string | null;
  statementId?: string | null;
}

function provenanceResolver(type: ClassType<WithProvenance>, what: string, withStatement: boolean) {
  @Resolver(() => type)
  class ArticleProvenanceResolver {
    @FieldResolver(() => Article, { nullable: true, description: `The article that reports the ${what}.` })
    article(@Root() item: WithProvenance, @Ctx() context: GraphqlContext) {
      return optionalNode(context.data, item.articleId, 'Article');
    }
  }
  if (!withStatement) return ArticleProvenanceResolver;

  @Resolver(() => type)
  class FullProvenanceResolver extends ArticleProvenanceResolver {
    @FieldResolver(() => Statement, {
      nullable: true,
      description: `The statement the ${what} rests on, where the annotation names one.`,
    })
    statement(@Root() item: WithProvenance, @Ctx() context: GraphqlContext) {
      return optionalNode(context.data, item.statementId, 'Statement');
    }
  }
  return FullProvenanceResolver;
}

export const provenanceResolvers = [
  provenanceResolver(RelatedActorEdge, 'relation', true),
  provenanceResolver(RelatedTerritoryEdge, 'relation', true),
  provenanceResolver(PathStep, 'edge, for relation edges', true),
  provenanceResolver(DemandConflict, 'conflict', false),
];
