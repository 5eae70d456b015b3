import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { loadConfig } from '../config';
import { BadUserInputError, NotFoundError } from '../errors/api-errors';
import type { GraphqlContext } from '../graphql/context';
import { requireEditor } from '../graphql/require-editor';
import { AddArticleInput } from '../model/add-article.input';
import { AddDemandInput } from '../model/add-demand.input';
import { AddRejectionInput } from '../model/add-rejection.input';
import { AddStatementInput } from '../model/add-statement.input';
import { Article } from '../model/article.type';
import { Demand } from '../model/demand.type';
import type { NodeLabel } from '../model/node.interface';
import { Rejection } from '../model/rejection.type';
import { RejectionSort } from '../model/sort.enum';
import { Statement } from '../model/statement.type';
import type { AnnotationChange } from '../repositories/annotation-change';
import { articleChange, demandChange, statementChange } from '../repositories/annotation-input';
import { applyAnnotationChange } from '../repositories/annotation.repository';
import { forgetNode } from '../repositories/loaders';
import { requireNode } from '../repositories/node.repository';
import { findRejections } from '../repositories/rejection.repository';
import { sentDocument } from '../sync/sent-document';

const REFUSED =
  ' Refused with BAD_USER_INPUT, listing every problem in extensions.problems, when the annotation rules are not met.';

@Resolver()
export class AnnotationResolver {
  @Mutation(() => Article, { description: `Adds an article and its text.${REFUSED}` })
  async addArticle(
    @Arg('input', () => AddArticleInput, { description: 'The article.' }) input: AddArticleInput,
    @Ctx() context: GraphqlContext,
  ) {
    await change(context, articleChange(input));
    return fresh(context, input.id, 'Article');
  }

  @Mutation(() => Statement, {
    description: `Adds a statement to an existing article, with its stances on existing demands.${REFUSED}`,
  })
  async addStatement(
    @Arg('input', () => AddStatementInput, { description: 'The statement.' }) input: AddStatementInput,
    @Ctx() context: GraphqlContext,
  ) {
    await change(context, statementChange(input));
    return fresh(context, input.id, 'Statement');
  }

  @Mutation(() => Demand, {
    description: `Adds a demand declared with an existing article, set by an existing statement.${REFUSED}`,
  })
  async addDemand(
    @Arg('input', () => AddDemandInput, { description: 'The demand.' }) input: AddDemandInput,
    @Ctx() context: GraphqlContext,
  ) {
    await change(context, demandChange(input));
    return fresh(context, input.id, 'Demand');
  }

  @Mutation(() => Rejection, {
    description: `Records that an existing statement rejects an existing demand.${REFUSED}`,
  })
  async addRejection(
    @Arg('input', () => AddRejectionInput, { description: 'The statement and the demand.' }) input: AddRejectionInput,
    @Ctx() context: GraphqlContext,
  ) {
    await change(context, { kind: 'addRejection', statement: input.statement, demand: input.demand });
    const written = await findRejections(context.data, {
      statement: input.statement,
      demand: input.demand,
      sort: RejectionSort.DATE_ASC,
      first: 1,
    });
    // A rejection needs the statement's speaker and the demand's owner; validation guarantees both.
    if (!written.nodes[0]) throw new NotFoundError(`No rejection of "${input.demand}" by "${input.statement}"`);
    return written.nodes[0];
  }

  @Mutation(() => Article, {
    description:
      'Publishes an article with its whole annotation file (as a draft of draftAnnotations becomes once reviewed): ' +
      'the text and every actor, territory, event, statement, demand, stance and relation the file declares, ' +
      `validated with the corpus as one change, written in one transaction, logged with the key's name.${REFUSED}`,
  })
  async publishArticle(
    @Arg('text', () => String, { description: "The article's text, exactly as published." }) text: string,
    @Arg('annotation', () => String, {
      description: 'Its annotation file, YAML or JSON, with an article: header whose file names the text.',
    })
    annotation: string,
    @Ctx() context: GraphqlContext,
  ) {
    // Who asks comes first: without an editor key nothing sent is even read.
    requireEditor(context);
    if (text.trim() === '') throw new BadUserInputError('text must not be empty', { argument: 'text' });
    const document = sentDocument(
      annotation,
      'annotation',
      'annotation must be one annotation file: a map with an article: header',
    );
    await change(context, { kind: 'publishArticle', document, text }, { argument: 'annotation', text: annotation });
    const id = (document.article as { id?: unknown }).id;
    return fresh(context, String(id), 'Article');
  }
}

async function change(
  context: GraphqlContext,
  annotationChange: AnnotationChange,
  sent?: { argument: string; text: string },
): Promise<void> {
  const viewer = requireEditor(context);
  await applyAnnotationChange(
    {
      executor: context.executor,
      observe: context.observe,
      seedDir: context.seedDir ?? loadConfig().seed.dir,
      author: viewer.name,
    },
    annotationChange,
    sent,
  );
}

/** The node as written, past anything the request's loader cached before the change. */
function fresh<L extends NodeLabel>(context: GraphqlContext, id: string, label: L) {
  forgetNode(context.data.loaders, id);
  return requireNode(context.data, id, label);
}
