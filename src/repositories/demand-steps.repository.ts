// The stance steps of a demand (who set, repeated, accepted or rejected it,
// with which statement), as the graph holds them now or as this service
// knew them at an instant (knownAt, replayed from the change feed).
import type { StanceStep } from '../analytics/demand-timeline';
import { FeedReplay } from '../changes/feed-replay';
import type { EdgeName, ReplayRecord } from '../changes/feed-replay';
import { stanceTypes } from '../domain';
import type { DataAccess } from './data-access';
import { loadRow } from './loaders';
import type { Props } from './node-mapper';

/** A step as demand-stance-steps.cypher returns it: the current graph, with the keys of its edges. */
interface StoredStep extends StanceStep {
  key: string;
  madeKey: string | null;
  behalfKey: string | null;
}

const NO_PARAMS = {};

/** The demand's steps now; batched per request like the walks (one read for every demand asked). */
export async function currentSteps(data: DataAccess, demandId: string): Promise<StoredStep[]> {
  const row = await loadRow(data.loaders, { query: 'demand-stance-steps', parentId: demandId, params: NO_PARAMS });
  return (row?.steps as StoredStep[] | undefined) ?? [];
}

/** What a knownAt replay needs from the feed: the stances, the statements, who made them and for whom. */
const REPLAYED_ENTITIES = [...stanceTypes(), 'Statement', 'Actor', 'MADE', 'ON_BEHALF_OF'];

interface FeedRow {
  seededAt: number | null;
  seededAtText: string | null;
  records: ReplayRecord[];
}

/** One read of the feed per request, however many demands and fields ask. */
const feeds = new WeakMap<DataAccess, Promise<FeedRow>>();

function feedOf(data: DataAccess): Promise<FeedRow> {
  let feed = feeds.get(data);
  if (!feed) {
    feed = data.runner
      .read<Record<string, unknown>>('known-changes', { entities: REPLAYED_ENTITIES })
      .then(([row]) => row as unknown as FeedRow);
    feeds.set(data, feed);
  }
  return feed;
}

/** The demand's steps as known at `at` (epoch ms). */
export async function stepsKnownAt(data: DataAccess, demandId: string, at: number): Promise<StanceStep[]> {
  const [now, feed] = await Promise.all([currentSteps(data, demandId), feedOf(data)]);
  FeedReplay.check('knownAt', at, feed.seededAt, feed.seededAtText);
  const replay = new FeedReplay(feed.records, at);

  // What the graph holds now, by node id and by relationship.
  const nodesNow = new Map<string, Props>();
  const edgesNow = new Map<string, { edge: EdgeName; props: Props }>();
  const keep = (edge: EdgeName) =>
    edgesNow.set(`${edge.type}|${edge.from}|${edge.to}|${edge.key}`, { edge, props: {} });
  for (const step of now) {
    const statementId = String(step.statement.id);
    nodesNow.set(statementId, step.statement);
    keep({ type: step.stance, from: statementId, to: demandId, key: step.key ?? '' });
    if (step.speaker) {
      nodesNow.set(String(step.speaker.id), step.speaker);
      keep({ type: 'MADE', from: String(step.speaker.id), to: statementId, key: step.madeKey ?? '' });
    }
    if (step.principal) {
      nodesNow.set(String(step.principal.id), step.principal);
      keep({ type: 'ON_BEHALF_OF', from: statementId, to: String(step.principal.id), key: step.behalfKey ?? '' });
    }
  }
  const edgeHeld = (edge: EdgeName) =>
    replay.edge(edge, edgesNow.has(`${edge.type}|${edge.from}|${edge.to}|${edge.key}`) ? {} : null) !== null;
  /** Relationships of `types` at `end` then: those there now and those the records name, as they stood. */
  const edgesThen = (types: string[], side: 'from' | 'to', end: string) => {
    const candidates = [
      ...[...edgesNow.values()]
        .map(({ edge }) => edge)
        .filter((edge) => types.includes(edge.type) && edge[side] === end),
      ...replay.recordedEdges(types, side, end),
    ];
    const unique = new Map(candidates.map((edge) => [`${edge.type}|${edge.from}|${edge.to}|${edge.key}`, edge]));
    return [...unique.values()].filter(edgeHeld);
  };

  const steps: { stance: string; statementId: string; speakerId: string | null; principalId: string | null }[] = [];
  for (const stance of edgesThen(stanceTypes(), 'to', demandId)) {
    const [made] = edgesThen(['MADE'], 'to', stance.from);
    const [behalf] = edgesThen(['ON_BEHALF_OF'], 'from', stance.from);
    steps.push({
      stance: stance.type,
      statementId: stance.from,
      speakerId: made?.from ?? null,
      principalId: behalf?.to ?? null,
    });
  }

  // Actors named by a replayed edge only (the speaker of a since-retracted statement) are read as they are now.
  const ids = steps.flatMap((step) => [step.statementId, step.speakerId, step.principalId]);
  const missing = [...new Set(ids)].filter(
    (id): id is string => id !== null && !nodesNow.has(id) && !replay.knowsNode(id),
  );
  if (missing.length > 0) {
    const rows = await data.runner.read<{ id: string; node: Props }>('nodes-by-id', { ids: missing });
    for (const row of rows) nodesNow.set(row.id, row.node);
  }
  const nodeThen = (id: string | null) => (id === null ? null : replay.node(id, nodesNow.get(id) ?? null));
  return steps.flatMap(({ stance, statementId, speakerId, principalId }) => {
    const statement = nodeThen(statementId);
    return statement ? [{ stance, statement, speaker: nodeThen(speakerId), principal: nodeThen(principalId) }] : [];
  });
}
