import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { loadConfig } from '../config';
import { parseGivenDate } from '../draft/given-date';
import { loadDrafter } from '../draft/load-drafter';
import { loadKnownGraph } from '../draft/known-graph';
import type { KnownGraph } from '../draft/known-graph';
import { renderDraftYaml } from '../draft/render-draft';
import { BadUserInputError } from '../errors/api-errors';
import type { GraphqlContext } from '../graphql/context';
import { requireEditor } from '../graphql/require-editor';
import { AnnotationDraft } from '../model/annotation-draft.type';

/** A drafting request reads this much text at most: a long article is a tenth of it. */
export const MAX_DRAFT_CHARACTERS = 60_000;
/** What a draft costs in the query price (src/http/field-cost.ts): a few hundred milliseconds of CPU. */
const DRAFT_PRICE = 500;

/** The actors and demands drafts link to, read from the seed files once per seed directory. */
const knownGraphs = new Map<string, Promise<KnownGraph>>();

function knownGraph(seedDir: string): Promise<KnownGraph> {
  let graph = knownGraphs.get(seedDir);
  if (!graph) {
    graph = loadKnownGraph(seedDir);
    knownGraphs.set(seedDir, graph);
    graph.catch(() => knownGraphs.delete(seedDir));
  }
  return graph;
}

@Resolver()
export class DraftResolver {
  @Mutation(() => AnnotationDraft, {
    complexity: DRAFT_PRICE,
    description:
      'Drafts an annotation file from an article text alone (quotes and speakers, dates, demands, stances, statement types), ' +
      'linked to the actors and demands of the seed files; every item a suggestion with its confidence and cues. ' +
      'Writes nothing. Needs an editor key.',
  })
  async draftAnnotations(
    @Arg('text', () => String, { description: 'The article, exactly as published.' }) text: string,
    @Arg('date', () => String, {
      nullable: true,
      description: "The article's date (YYYY-MM-DD) when it has no dateline.",
    })
    date: string | null,
    @Arg('file', () => String, {
      nullable: true,
      description: 'The file name the article will have (NNN_<hash>.txt): it names the drafted ids.',
    })
    file: string | null,
    @Ctx() context: GraphqlContext,
  ): Promise<AnnotationDraft> {
    requireEditor(context);
    if (text.trim() === '') throw new BadUserInputError('text must not be empty', { argument: 'text' });
    if (text.length > MAX_DRAFT_CHARACTERS)
      throw new BadUserInputError(`text may hold at most ${MAX_DRAFT_CHARACTERS} characters, got ${text.length}`, {
        argument: 'text',
      });
    if (date != null && parseGivenDate(date) === null)
      throw new BadUserInputError(`date must be a day written YYYY-MM-DD, got "${date}"`, { argument: 'date' });
    if (file != null && !/^[\w-]+\.txt$/.test(file))
      throw new BadUserInputError(`file must be a plain file name ending in .txt, got "${file}"`, { argument: 'file' });
    const seedDir = context.seedDir ?? loadConfig().seed.dir;
    const { draftAnnotation } = await loadDrafter();
    const draft = draftAnnotation(text, { date, file: file ?? undefined, graph: await knownGraph(seedDir) });
    return {
      yaml: renderDraftYaml(draft, file ?? 'article.txt'),
      json: JSON.stringify(draft.annotation),
      suggestions: Object.entries(draft.suggestions).map(([path, suggestion]) => ({ path, ...suggestion })),
      lexicon: `${draft.lexicon.name} ${draft.lexicon.version}`,
    };
  }
}
