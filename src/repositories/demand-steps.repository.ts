// The stance steps of a demand (who set, repeated, accepted or rejected it,
// with which statement), as the graph holds them now or as this service
// knew them at an instant (knownAt, replayed from the change feed).
import type { StanceStep } from '../analytics/demand-timeline';
import { KnownSubgraph } from '../changes/known-subgraph';
import { stanceTypes } from '../domain';
import type { DataAccess } from './data-access';
import { replayAt } from './known-feed';
import { loadRow } from './loaders';

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

/** The demand's steps as known at `at` (epoch ms). */
export async function stepsKnownAt(data: DataAccess, demandId: string, at: number): Promise<StanceStep[]> {
  const [now, replay] = await Promise.all([currentSteps(data, demandId), replayAt(data, at)]);
  const graph = new KnownSubgraph(replay);
  for (const step of now) {
    const statementId = step.statement.id;
    graph.addNode(step.statement);
    graph.addNode(step.speaker);
    graph.addNode(step.principal);
    graph.addEdge(step.stance, statementId, demandId, step.key);
    graph.addEdge('MADE', step.speaker?.id, statementId, step.madeKey);
    graph.addEdge('ON_BEHALF_OF', statementId, step.principal?.id, step.behalfKey);
  }
  const steps = graph.edgesThen(stanceTypes(), 'to', demandId).map((stance) => ({
    stance: stance.type,
    statementId: stance.from,
    speakerId: graph.edgesThen(['MADE'], 'to', stance.from)[0]?.from ?? null,
    principalId: graph.edgesThen(['ON_BEHALF_OF'], 'from', stance.from)[0]?.to ?? null,
  }));
  await graph.readMissing(
    data,
    steps.flatMap((step) => [step.statementId, step.speakerId, step.principalId]),
  );
  return steps.flatMap(({ stance, statementId, speakerId, principalId }) => {
    const statement = graph.nodeThen(statementId);
    return statement
      ? [{ stance, statement, speaker: graph.nodeThen(speakerId), principal: graph.nodeThen(principalId) }]
      : [];
  });
}
