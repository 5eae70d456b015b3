import { AnalyticsSession } from '../../analytics/session';
import type { AnalyticsOptions } from '../../analytics/session';
import type { Snapshot, Stance } from '../../analytics/snapshot';
import { BadUserInputError } from '../../errors/api-errors';
import { dateArgument } from '../../repositories/filters';

/**
 * What the /explore page draws: the actor–demand network (actors, demands,
 * each actor's stances on demands, who owns each demand and whom it is
 * addressed to), with the
 * actors coloured by agreement community and sized by PageRank, and every
 * statement the page may show on click. All numbers come from the same
 * AnalyticsSession as GraphQL and the CLI.
 */
export interface ExploreData {
  level: string;
  articles: string[] | null;
  /** The date the network is drawn as of (analytics' asOf); null: as it stands. */
  asOf: string | null;
  /** Every statement date of the network as it stands (in scope), oldest first: the steps of the page's slider. */
  dates: string[];
  communities: { id: number; label: string; size: number }[];
  nodes: ExploreNode[];
  edges: ExploreEdge[];
  statements: Record<string, ExploreStatement>;
  /** Per node: the statements to list when it is clicked (made by an actor, or taking a stance on a demand). */
  nodeStatements: Record<string, string[]>;
  projection: { description: string; nodeCount: number; edgeCount: number };
}

export interface ExploreNode {
  id: string;
  type: 'actor' | 'demand';
  label: string;
  kind: string;
  /** Community of the actor, or of the demand's owner. */
  community: number;
  pageRank: number;
  betweenness: number;
  inDegree: number;
  outDegree: number;
  topic?: string;
  owner?: string;
}

export interface ExploreEdge {
  id: string;
  source: string;
  target: string;
  type: Stance | 'OWNS' | 'ADDRESSED_TO';
  /** Statements behind a stance edge. */
  statements: string[];
}

export interface ExploreStatement {
  id: string;
  speaker: string;
  onBehalfOf: string | null;
  date: string | null;
  quote: string | null;
  paraphrase: string;
  article: { id: string; title: string; publishedOn: string | null };
  stances: { demand: string; summary: string; stance: Stance }[];
}

/** `whole`: the snapshot as it stands, whose dates the slider offers (the same as the session's without asOf). */
export async function exploreData(session: AnalyticsSession, whole: Promise<Snapshot>): Promise<ExploreData> {
  const [snapshot, centrality, communities, latest] = await Promise.all([
    session.snapshot(),
    session.centrality(),
    session.communities(),
    whole,
  ]);
  const community = new Map(communities.membership.map((m) => [m.actor.id, m.community]));
  const projections = await session.projections();
  const nodeOf = (actor: string) => (session.level === 'SIDE' ? projections.sides.sideOf(actor) : actor);

  const nodes: ExploreNode[] = centrality.actors.map((row) => ({
    id: row.actor.id,
    type: 'actor',
    label: row.actor.name,
    kind: row.actor.kind,
    community: community.get(row.actor.id) ?? -1,
    pageRank: row.pageRank,
    betweenness: row.betweenness,
    inDegree: row.inDegree,
    outDegree: row.outDegree,
  }));
  const actorIds = new Set(nodes.map((node) => node.id));
  const edges = new Map<string, ExploreEdge>();
  const nodeStatements = new Map<string, Set<string>>();
  const listUnder = (node: string, statement: string) =>
    nodeStatements.set(node, (nodeStatements.get(node) ?? new Set()).add(statement));

  for (const demand of [...snapshot.demands.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const owner = nodeOf(demand.owner);
    nodes.push({
      id: demand.id,
      type: 'demand',
      label: demand.summary,
      kind: demand.kind,
      topic: demand.topic,
      owner,
      community: community.get(owner) ?? -1,
      pageRank: 0,
      betweenness: 0,
      inDegree: 0,
      outDegree: 0,
    });
    if (actorIds.has(owner))
      edges.set(`own:${demand.id}`, {
        id: `own:${demand.id}`,
        source: demand.id,
        target: owner,
        type: 'OWNS',
        statements: [],
      });
    for (const addressee of new Set(demand.addressedTo.map(nodeOf))) {
      const id = `to:${demand.id}:${addressee}`;
      if (actorIds.has(addressee) && addressee !== owner)
        edges.set(id, { id, source: demand.id, target: addressee, type: 'ADDRESSED_TO', statements: [] });
    }
  }

  const statements: Record<string, ExploreStatement> = {};
  for (const statement of snapshot.statements) {
    const author = nodeOf(statement.speaker);
    const article = snapshot.articles.get(statement.article);
    statements[statement.id] = {
      id: statement.id,
      speaker: snapshot.actors.get(statement.speaker)?.name ?? statement.speaker,
      onBehalfOf: statement.onBehalfOf
        ? (snapshot.actors.get(statement.onBehalfOf)?.name ?? statement.onBehalfOf)
        : null,
      date: statement.date,
      quote: statement.quote,
      paraphrase: statement.paraphrase,
      article: {
        id: statement.article,
        title: article?.title ?? statement.article,
        publishedOn: article?.publishedOn ?? null,
      },
      stances: statement.stances.map(({ demand, stance }) => ({
        demand,
        summary: snapshot.demands.get(demand)?.summary ?? demand,
        stance,
      })),
    };
    if (actorIds.has(author)) listUnder(author, statement.id);
    for (const { demand, stance } of statement.stances) {
      if (!snapshot.demands.has(demand)) continue;
      listUnder(demand, statement.id);
      if (!actorIds.has(author)) continue;
      const id = `${stance}:${author}:${demand}`;
      const edge = edges.get(id) ?? { id, source: author, target: demand, type: stance, statements: [] };
      edge.statements.push(statement.id);
      edges.set(id, edge);
    }
  }

  return {
    level: session.level,
    articles: snapshot.scope,
    asOf: session.options.asOf ?? null,
    dates: statementDates(latest),
    communities: communities.communities.map(({ id, label, size }) => ({ id, label, size })),
    nodes,
    edges: [...edges.values()],
    statements,
    nodeStatements: Object.fromEntries([...nodeStatements.entries()].map(([node, ids]) => [node, [...ids].sort()])),
    projection: {
      description: centrality.projection.description,
      nodeCount: centrality.projection.nodeCount,
      edgeCount: centrality.projection.edgeCount,
    },
  };
}

function statementDates(snapshot: Snapshot): string[] {
  const dates = new Set<string>();
  for (const { date } of snapshot.statements) if (date !== null) dates.add(date);
  return [...dates].sort();
}

/**
 * Options from the query string: `level=ACTOR|SIDE`, `articles=id,id`,
 * `asOf=YYYY[-MM[-DD]]` (as GraphQL's analytics(asOf:)). Null when the
 * level or articles are not valid; a bad asOf is a BAD_USER_INPUT of its own.
 */
export function exploreOptions(query: Record<string, unknown>): AnalyticsOptions | null {
  const level = query.level === undefined ? 'ACTOR' : query.level;
  if (level !== 'ACTOR' && level !== 'SIDE') return null;
  if (query.articles !== undefined && typeof query.articles !== 'string') return null;
  const articles = query.articles ? query.articles.split(',').filter(Boolean) : null;
  if (articles?.some((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))) return null;
  if (query.asOf !== undefined && typeof query.asOf !== 'string') {
    throw new BadUserInputError('asOf may be given once, as a date written YYYY, YYYY-MM or YYYY-MM-DD', {
      argument: 'asOf',
    });
  }
  return { level, articles, asOf: dateArgument('asOf', query.asOf) };
}
