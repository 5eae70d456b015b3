import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { loadConfig } from '../config';
import type { GraphqlContext } from '../graphql/context';
import { requireEditor } from '../graphql/require-editor';
import { AnnotationApplyResult, AnnotationChangeResult } from '../model/annotation-change-result.type';
import { AnnotationCorpus } from '../model/annotation-corpus.type';
import { AnnotationFileInput, ArticleTextInput } from '../model/annotation-files.input';
import { AnnotationKind } from '../model/annotation-kind.enum';
import type { AnnotationWriteContext, ItemRef } from '../repositories/annotation.repository';
import { applyAnnotationFiles, editAnnotation, exportAnnotations } from '../sync/annotation-sync.service';
import type { ItemEdit } from '../sync/annotation-sync.service';
import type { EditKind } from '../sync/item-edits';
import { sentDocument } from '../sync/sent-document';

const VALIDATED =
  ' The item is in the annotation format (docs/model.md; an article is its header plus its text as `text`), ' +
  'validated with the whole corpus exactly as the files are (BAD_USER_INPUT with every problem in ' +
  "extensions.problems), written in one transaction and logged with the key's name.";

// Generic over the kinds: the item travels in the annotation format, which the
// corpus validator already defines and checks, so one input serves every kind
// (and every kind the model gains) and what is sent is what export writes.
@Resolver()
export class AnnotationSyncResolver {
  @Query(() => AnnotationCorpus, {
    description:
      'The annotation corpus the graph holds (the seed files and every change since), as annotation files in ' +
      'normal form with the article texts: what export-annotations writes.',
  })
  async annotationCorpus(@Ctx() context: GraphqlContext): Promise<AnnotationCorpus> {
    const { edition, files } = await exportAnnotations(context.executor, context.observe, seedDirOf(context));
    return {
      edition,
      files: files.files,
      articles: [...files.articleTexts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, text]) => ({ file, text })),
    };
  }

  @Mutation(() => AnnotationChangeResult, {
    description: `Adds an item of any kind: a new speaker, territory, event, relation, statement, demand, stance or article.${VALIDATED}`,
  })
  addAnnotation(
    @Arg('kind', () => AnnotationKind, { description: 'What kind of item.' }) kind: AnnotationKind,
    @Arg('item', () => String, { description: 'The item as an annotation file holds it, YAML or JSON.' })
    item: string,
    @Arg('article', () => String, {
      nullable: true,
      description:
        "The article whose file declares it: required for a statement or a demand; otherwise the item's own " +
        'article, or _shared.yaml.',
    })
    article: string | null,
    @Ctx() context: GraphqlContext,
  ): Promise<AnnotationChangeResult> {
    return edit(context, () => ({
      how: 'add',
      kind: itemKind(kind),
      item: itemDocument(item),
      article: article ?? null,
      sent: item,
    }));
  }

  @Mutation(() => AnnotationChangeResult, {
    description: `Replaces an item with a new version of it (its id unchanged), where it is declared.${VALIDATED}`,
  })
  updateAnnotation(
    @Arg('kind', () => AnnotationKind, { description: 'What kind of item.' }) kind: AnnotationKind,
    @Arg('id', () => String, {
      description: 'The item (a relation: type/from/to/article; a stance: statement/demand).',
    })
    id: string,
    @Arg('item', () => String, {
      description: 'The whole new version, YAML or JSON; an article may leave out its text.',
    })
    item: string,
    @Ctx() context: GraphqlContext,
  ): Promise<AnnotationChangeResult> {
    return edit(context, () => ({ how: 'update', kind: itemKind(kind), id, item: itemDocument(item), sent: item }));
  }

  @Mutation(() => AnnotationChangeResult, {
    description:
      'Retracts an item, deleting its node (or edge) and edges; an article takes its whole file. Refused with ' +
      'BAD_USER_INPUT naming them (extensions.dependents) while other items refer to it, unless cascade: then ' +
      'references in lists and optional fields are dropped and items that cannot be without it are retracted too.',
  })
  retractAnnotation(
    @Arg('kind', () => AnnotationKind, { description: 'What kind of item.' }) kind: AnnotationKind,
    @Arg('id', () => String, {
      description: 'The item (a relation: type/from/to/article; a stance: statement/demand).',
    })
    id: string,
    @Arg('cascade', () => Boolean, {
      defaultValue: false,
      description: 'Also drop the references to it, and retract what cannot be without it.',
    })
    cascade: boolean,
    @Ctx() context: GraphqlContext,
  ): Promise<AnnotationChangeResult> {
    return edit(context, () => ({ how: 'retract', kind: itemKind(kind), id, cascade }));
  }

  @Mutation(() => AnnotationApplyResult, {
    description:
      'Applies annotation files from disk (peacegraph apply): per item, what the files changed since the last ' +
      'sync is created, updated or retracted, what only the API changed is kept, all in one transaction. An item ' +
      'changed on both sides refuses the whole apply with CONFLICT, both versions in extensions.conflicts.',
  })
  async applyAnnotations(
    @Arg('files', () => [AnnotationFileInput], { description: 'Annotation files as they are on disk.' })
    files: AnnotationFileInput[],
    @Arg('articles', () => [ArticleTextInput], { description: 'Article texts as they are on disk.' })
    articles: ArticleTextInput[],
    @Arg('unchanged', () => [String], {
      nullable: true,
      description: "Names of files not sent because they equal the server's at `edition`.",
    })
    unchanged: string[] | null,
    @Arg('edition', () => Int, { nullable: true, description: 'The edition `unchanged` was compared with.' })
    edition: number | null,
    @Ctx() context: GraphqlContext,
  ): Promise<AnnotationApplyResult> {
    const result = await applyAnnotationFiles(writeContext(context), {
      files: files.map(({ name, content }) => ({ name, content })),
      articles: articles.map(({ file, text }) => ({ file, text })),
      unchanged: unchanged ?? [],
      edition: edition ?? undefined,
    });
    return forGraphql(result) as AnnotationApplyResult;
  }
}

/** Who asks is checked before anything sent is read. */
async function edit(context: GraphqlContext, itemEdit: () => ItemEdit): Promise<AnnotationChangeResult> {
  const write = writeContext(context);
  return forGraphql(await editAnnotation(write, itemEdit()));
}

/** Item kinds as the schema spells them. */
function forGraphql<T extends { created: ItemRef[]; updated: ItemRef[]; retracted: ItemRef[] }>(result: T) {
  const refs = (list: ItemRef[]) => list.map((ref) => ({ kind: ref.kind.toUpperCase() as AnnotationKind, id: ref.id }));
  return {
    ...result,
    created: refs(result.created),
    updated: refs(result.updated),
    retracted: refs(result.retracted),
    ...('serverAhead' in result ? { serverAhead: refs(result.serverAhead as ItemRef[]) } : {}),
  };
}

const itemKind = (kind: AnnotationKind) => kind.toLowerCase() as EditKind;

/** The item a client sends (YAML, of which JSON is a part) as a document, or BAD_USER_INPUT saying why not. */
const itemDocument = (item: string) =>
  sentDocument(item, 'item', 'item must be one annotation item: a map of its fields');

function writeContext(context: GraphqlContext): AnnotationWriteContext {
  // Who asks comes first: without an editor key nothing sent is even read.
  const viewer = requireEditor(context);
  return { executor: context.executor, observe: context.observe, seedDir: seedDirOf(context), author: viewer.name };
}

const seedDirOf = (context: GraphqlContext) => context.seedDir ?? loadConfig().seed.dir;
