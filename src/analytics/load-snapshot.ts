import { relationTypes } from '../domain';
import type { Executor, QueryObserver } from '../db/executor';
import type {
  ActorInfo,
  ActorRelation,
  ArticleInfo,
  DemandInfo,
  Snapshot,
  StatementInfo,
  TerritoryInfo,
  TerritoryRelation,
} from './snapshot';

export interface AnalyticsScope {
  /** Limit the analytics to what these articles report; absent or null: the whole graph. */
  articles?: string[] | null;
}

/** The relation types analytics-relations reads: both relation families of the domain model. */
export const ANALYSED_RELATION_TYPES: readonly string[] = relationTypes();

interface RelationRow {
  type: string;
  from: string;
  to: string;
  toTerritory: boolean;
  article: string | null;
  statement: string | null;
}

/**
 * Reads what the analytics need in six small read queries, run side by side.
 * Nothing here computes: the projections and metrics work on the result.
 */
export async function loadSnapshot(
  executor: Executor,
  scope: AnalyticsScope = {},
  observer?: QueryObserver,
): Promise<Snapshot> {
  const articles = scope.articles && scope.articles.length > 0 ? [...new Set(scope.articles)].sort() : null;
  const params = { articles };
  const [actorRows, articleRows, territoryRows, statementRows, demandRows, relationRows] = await Promise.all([
    executor.read<ActorInfo & Record<string, unknown>>('analytics-actors', {}, observer),
    executor.read<ArticleInfo & Record<string, unknown>>('analytics-articles', params, observer),
    executor.read<TerritoryInfo & Record<string, unknown>>('analytics-territories', {}, observer),
    executor.read<StatementInfo & Record<string, unknown>>('analytics-statements', params, observer),
    executor.read<DemandInfo & Record<string, unknown>>('analytics-demands', params, observer),
    executor.read<RelationRow & Record<string, unknown>>(
      'analytics-relations',
      { ...params, types: ANALYSED_RELATION_TYPES },
      observer,
    ),
  ]);

  const actorRelations: ActorRelation[] = [];
  const territoryRelations: TerritoryRelation[] = [];
  for (const row of relationRows) {
    if (row.toTerritory)
      territoryRelations.push({
        type: row.type,
        actor: row.from,
        territory: row.to,
        article: row.article,
        statement: row.statement ?? null,
      });
    else
      actorRelations.push({
        type: row.type,
        from: row.from,
        to: row.to,
        article: row.article,
        statement: row.statement ?? null,
      });
  }

  return {
    scope: articles,
    actors: byId(
      actorRows.map((row) => ({ id: row.id, name: row.name, kind: row.kind, country: row.country ?? null })),
    ),
    articles: byId(articleRows.map((row) => ({ id: row.id, title: row.title, publishedOn: row.publishedOn ?? null }))),
    territories: byId(territoryRows.map((row) => ({ id: row.id, name: row.name }))),
    statements: statementRows.map((row) => ({
      id: row.id,
      speaker: row.speaker,
      onBehalfOf: row.onBehalfOf ?? null,
      text: row.text,
      quote: row.quote ?? null,
      paraphrase: row.paraphrase,
      date: row.date ?? null,
      datePrecision: row.datePrecision ?? null,
      article: row.article,
      targets: row.targets,
      stances: row.stances,
    })),
    demands: byId(
      demandRows.map((row) => ({
        id: row.id,
        summary: row.summary,
        kind: row.kind,
        topic: row.topic,
        owner: row.owner,
        addressedTo: row.addressedTo,
        territories: row.territories,
        conflictsWith: row.conflictsWith.map((c) => ({ demand: c.demand, article: c.article ?? null })),
        article: row.article ?? null,
      })),
    ),
    actorRelations,
    territoryRelations,
  };
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
