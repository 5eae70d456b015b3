import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { inLifecycleOrder, lifecycleKind, statusOf, stepsAsOf } from '../analytics/demand-timeline';
import type { StanceStep } from '../analytics/demand-timeline';
import { knownAtArgument } from '../changes/known-at';
import type { GraphqlContext } from '../graphql/context';
import { DemandLifecycleStep, LifecycleKind } from '../model/demand-lifecycle.type';
import { DemandState, DemandStatus } from '../model/demand-status.type';
import { Demand } from '../model/demand.type';
import { currentSteps, stepsKnownAt } from '../repositories/demand-steps.repository';
import { dateArgument } from '../repositories/filters';
import { fuzzyDate, toActor, toStatement } from '../repositories/node-mapper';

const AS_OF =
  'Only statements dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD, compared at the coarser precision), ' +
  'as analytics(asOf:) counts them. Omit for every statement.';
const KNOWN_AT =
  'Answer from the graph as this service knew it at this instant (ISO 8601 with a zone), replayed from the change ' +
  'feed; on or after the latest seed run. Omit for the graph as it stands. See docs/time.md.';

// A demand's story in time: its status and lifecycle, optionally as of a
// date (what had been said by then) and as known at an instant (what this
// service held then). The steps come from src/repositories/demand-steps.repository.ts,
// the telling from src/analytics/demand-timeline.ts.
@Resolver(() => Demand)
export class DemandTimeResolver {
  @FieldResolver(() => DemandStatus, {
    description:
      'Where the demand stands: NOT_RAISED, OPEN, REJECTED, ACCEPTED or CONTESTED, and which actors raised, ' +
      'accepted and rejected it (each actor by its latest answer).',
  })
  async status(
    @Root() demand: Demand,
    @Ctx() context: GraphqlContext,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF }) asOf?: string | null,
    @Arg('knownAt', () => String, { nullable: true, description: KNOWN_AT }) knownAt?: string | null,
  ): Promise<DemandStatus> {
    const status = statusOf(await stepsOf(context, demand.id, asOf, knownAt));
    return Object.assign(new DemandStatus(), {
      state: status.state as DemandState,
      raisedBy: status.raisedBy.map(toActor),
      acceptedBy: status.acceptedBy.map(toActor),
      rejectedBy: status.rejectedBy.map(toActor),
    });
  }

  @FieldResolver(() => [DemandLifecycleStep], {
    description:
      'The demand step by step: RAISED, REPEATED, ACCEPTED, REJECTED, one per stance statement, oldest first ' +
      '(undated statements last, ties by statement id).',
  })
  async lifecycle(
    @Root() demand: Demand,
    @Ctx() context: GraphqlContext,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF }) asOf?: string | null,
    @Arg('knownAt', () => String, { nullable: true, description: KNOWN_AT }) knownAt?: string | null,
  ): Promise<DemandLifecycleStep[]> {
    const steps = inLifecycleOrder(await stepsOf(context, demand.id, asOf, knownAt));
    return steps.map((step) =>
      Object.assign(new DemandLifecycleStep(), {
        kind: lifecycleKind(step.stance) as LifecycleKind,
        stance: step.stance,
        date: fuzzyDate(step.statement, 'date'),
        statement: toStatement(step.statement),
        actor: step.speaker ? toActor(step.speaker) : null,
        onBehalfOf: step.principal ? toActor(step.principal) : null,
      }),
    );
  }
}

/** The steps the arguments ask for; both are checked before anything is read. */
async function stepsOf(
  context: GraphqlContext,
  demandId: string,
  asOf: string | null | undefined,
  knownAt: string | null | undefined,
): Promise<StanceStep[]> {
  const asOfDate = dateArgument('asOf', asOf);
  const knownAtMillis = knownAtArgument('knownAt', knownAt);
  const steps =
    knownAtMillis === null
      ? await currentSteps(context.data, demandId)
      : await stepsKnownAt(context.data, demandId, knownAtMillis);
  return stepsAsOf(steps, asOfDate);
}
