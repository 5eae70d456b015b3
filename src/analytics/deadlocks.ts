import { DirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { ActorRef, ArticleRef, byDateThenId, DemandRef, RefBuilder, StanceEvidence } from './refs';
import type { DemandInfo, Snapshot } from './snapshot';
import { resolveSides, Sides } from './sides';

/**
 * Deadlocks are found between sides (sides.ts): Peskov speaking for the
 * Kremlin and Zelensky leading Ukraine count as Russia and Ukraine.
 *
 * - MUTUAL_REJECTION: side A rejects a demand side B owns, and B rejects one
 *   A owns. REJECTION_CYCLE: the same around three or more sides
 *   (A rejects B's, B rejects C's, C rejects A's). Both come from one
 *   directed "rejection graph" (rejecter side → owner side): for each of its
 *   edges u→v, the shortest path v→…→u (graphology-shortest-path) closes the
 *   shortest cycle through that edge. Every edge on a cycle is reported, but
 *   only the shortest cycle through each edge, not every longer one.
 * - CONFLICTING_DEMANDS: two demands of different sides that cannot both be
 *   met, because an annotation says so (CONFLICTS_WITH, either direction) or
 *   because they concern the same territory and each is addressed to the
 *   other's side (each asks the other to give way on the same ground:
 *   "hand over the four regions" against "return all territories").
 *
 * Each deadlock carries its evidence: for every demand, the statements in
 * which its side put it forward and those in which the other side rejected it.
 */

export type DeadlockKind = 'MUTUAL_REJECTION' | 'REJECTION_CYCLE' | 'CONFLICTING_DEMANDS';
export type DeadlockGround = 'REJECTION' | 'ANNOTATED_CONFLICT' | 'SAME_TERRITORY';

export interface TerritoryRef {
  id: string;
  name: string;
}

export interface BlockedDemand {
  demand: DemandRef;
  /** The side that owns the demand. */
  side: ActorRef;
  /** The side that rejects it, or whose own demand rules it out. */
  blockedBy: ActorRef;
  /** Statements in which the demand's side voiced or accepted it, then those in which it was rejected. */
  evidence: StanceEvidence[];
}

export interface Deadlock {
  id: string;
  kind: DeadlockKind;
  grounds: DeadlockGround[];
  /** The sides, in cycle order for rejection cycles (each rejects a demand of the next). */
  sides: ActorRef[];
  explanation: string;
  demands: BlockedDemand[];
  territories: TerritoryRef[];
  /** Every article behind the evidence, and those that annotate a conflict. */
  articles: ArticleRef[];
}

export const DEADLOCK_METHOD =
  'Sides fold speakers into the actor they speak for, lead, belong to or are part of. MUTUAL_REJECTION: two sides ' +
  'each reject a demand the other owns. REJECTION_CYCLE: three or more sides, each rejecting a demand of the next ' +
  '(the shortest cycle through each rejection, found with graphology-shortest-path). CONFLICTING_DEMANDS: demands ' +
  'of two sides that cannot both be met, by an annotated CONFLICTS_WITH edge, or because both concern one territory ' +
  'and each is addressed to the other side.';

const KIND_ORDER: Record<DeadlockKind, number> = { MUTUAL_REJECTION: 0, REJECTION_CYCLE: 1, CONFLICTING_DEMANDS: 2 };

export function findDeadlocks(snapshot: Snapshot): Deadlock[] {
  const sides = resolveSides(snapshot);
  const context = new DeadlockContext(snapshot, sides);
  return [...rejectionCycles(context), ...conflictingDemands(context)].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}

/** Evidence look-ups shared by both kinds of deadlock. */
class DeadlockContext {
  readonly refs: RefBuilder;
  /** Per demand: statements voicing or accepting it, with the author's side. */
  private readonly stances = new Map<string, { side: string; evidence: StanceEvidence }[]>();

  constructor(
    readonly snapshot: Snapshot,
    readonly sides: Sides,
  ) {
    this.refs = new RefBuilder(snapshot);
    for (const statement of snapshot.statements) {
      const side = sides.sideOf(statement.onBehalfOf ?? statement.speaker);
      for (const { demand, stance } of statement.stances) {
        if (!snapshot.demands.has(demand)) continue;
        const list = this.stances.get(demand) ?? [];
        list.push({ side, evidence: this.refs.evidence(statement, demand, stance) });
        this.stances.set(demand, list);
      }
    }
  }

  sideOfDemand(demand: DemandInfo): string {
    return this.sides.sideOf(demand.owner);
  }

  /** (author side, evidence) for every stance on the demand. */
  stancesOn(demand: string): { side: string; evidence: StanceEvidence }[] {
    return this.stances.get(demand) ?? [];
  }

  /** The demand's own side voicing or accepting it, then `rejecter` rejecting it. */
  blocked(demand: DemandInfo, rejecter: string): BlockedDemand {
    const side = this.sideOfDemand(demand);
    const backing = this.stancesOn(demand.id).filter((s) => s.side === side && s.evidence.stance !== 'REJECTS');
    const rejections = this.stancesOn(demand.id).filter((s) => s.side === rejecter && s.evidence.stance === 'REJECTS');
    return {
      demand: this.refs.demand(demand.id),
      side: this.refs.actor(side),
      blockedBy: this.refs.actor(rejecter),
      evidence: [
        ...backing.map((s) => s.evidence).sort(byDateThenId),
        ...rejections.map((s) => s.evidence).sort(byDateThenId),
      ],
    };
  }

  territories(ids: Iterable<string>): TerritoryRef[] {
    return [...new Set(ids)].sort().map((id) => ({ id, name: this.snapshot.territories.get(id)?.name ?? id }));
  }

  articles(demands: BlockedDemand[], extra: (string | null)[] = []): ArticleRef[] {
    const ids = new Set<string>(extra.filter((id): id is string => id !== null));
    for (const blocked of demands) blocked.evidence.forEach((evidence) => ids.add(evidence.statement.article.id));
    return [...ids].sort().map((id) => this.refs.article(id));
  }
}

function rejectionCycles(context: DeadlockContext): Deadlock[] {
  const { snapshot, refs } = context;
  // rejecter side → owner side, remembering which demands were rejected.
  const rejections = new DirectedGraph<Record<string, unknown>, { demands: Set<string> }>();
  for (const { side, evidence } of [...snapshot.demands.keys()].flatMap((id) => context.stancesOn(id))) {
    if (evidence.stance !== 'REJECTS') continue;
    const owner = context.sideOfDemand(snapshot.demands.get(evidence.demand.id)!);
    if (owner === side) continue;
    rejections.mergeNode(side);
    rejections.mergeNode(owner);
    const edge = rejections.edge(side, owner) ?? rejections.addEdge(side, owner, { demands: new Set() });
    rejections.getEdgeAttribute(edge, 'demands').add(evidence.demand.id);
  }

  const cycles = new Map<string, string[]>();
  rejections.forEachEdge((_edge, _attributes, rejecter, owner) => {
    // owner … rejecter, the shortest way back; the edge rejecter→owner closes the cycle.
    const back = bidirectional(rejections, owner, rejecter);
    if (!back) return;
    const cycle = rotateToSmallest([rejecter, ...back.slice(0, -1)]);
    cycles.set(cycle.join('>'), cycle);
  });

  return [...cycles.values()].map((cycle) => {
    const demands: BlockedDemand[] = [];
    cycle.forEach((rejecter, index) => {
      const owner = cycle[(index + 1) % cycle.length];
      const rejected = [...rejections.getEdgeAttribute(rejecter, owner, 'demands')].sort();
      for (const id of rejected) demands.push(context.blocked(snapshot.demands.get(id)!, rejecter));
    });
    const mutual = cycle.length === 2;
    const names = cycle.map((side) => refs.actor(side).name);
    const explanation = cycle
      .map((rejecter, index) => {
        const owner = cycle[(index + 1) % cycle.length];
        const blocked = demands.filter((d) => d.blockedBy.id === rejecter && d.side.id === owner);
        return `${refs.actor(rejecter).name} rejects ${blocked.length} demand(s) of ${refs.actor(owner).name}: ${blocked
          .map((d) => `${d.demand.summary} [${d.demand.kind}]`)
          .join('; ')}`;
      })
      .join('. ');
    return {
      id: `${mutual ? 'mutual-rejection' : 'rejection-cycle'}:${cycle.join('>')}`,
      kind: mutual ? 'MUTUAL_REJECTION' : 'REJECTION_CYCLE',
      grounds: ['REJECTION'],
      sides: cycle.map((side) => refs.actor(side)),
      explanation: `${mutual ? 'Mutual rejection' : 'Rejection cycle'} between ${names.join(', ')}. ${explanation}.`,
      demands,
      territories: context.territories(demands.flatMap((d) => snapshot.demands.get(d.demand.id)!.territories)),
      articles: context.articles(demands),
    } satisfies Deadlock;
  });
}

function conflictingDemands(context: DeadlockContext): Deadlock[] {
  const { snapshot, sides, refs } = context;
  const pairs = new Map<
    string,
    { a: DemandInfo; b: DemandInfo; grounds: Set<DeadlockGround>; conflictArticles: Set<string | null> }
  >();
  const note = (x: DemandInfo, y: DemandInfo, ground: DeadlockGround, article: string | null = null) => {
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    if (context.sideOfDemand(a) === context.sideOfDemand(b)) return;
    const key = `${a.id}+${b.id}`;
    const pair = pairs.get(key) ?? { a, b, grounds: new Set(), conflictArticles: new Set() };
    pair.grounds.add(ground);
    if (ground === 'ANNOTATED_CONFLICT') pair.conflictArticles.add(article);
    pairs.set(key, pair);
  };

  const demands = [...snapshot.demands.values()];
  for (const demand of demands) {
    for (const conflict of demand.conflictsWith) {
      const other = snapshot.demands.get(conflict.demand);
      if (other) note(demand, other, 'ANNOTATED_CONFLICT', conflict.article);
    }
  }
  const addressedSides = (demand: DemandInfo) => new Set(demand.addressedTo.map(sides.sideOf));
  for (const [i, a] of demands.entries()) {
    for (const b of demands.slice(i + 1)) {
      const shared = a.territories.filter((t) => b.territories.includes(t));
      if (shared.length === 0) continue;
      if (addressedSides(a).has(context.sideOfDemand(b)) && addressedSides(b).has(context.sideOfDemand(a)))
        note(a, b, 'SAME_TERRITORY');
    }
  }

  return [...pairs.entries()].map(([key, { a, b, grounds, conflictArticles }]) => {
    const sideA = context.sideOfDemand(a);
    const sideB = context.sideOfDemand(b);
    const blocked = [context.blocked(a, sideB), context.blocked(b, sideA)];
    const shared = a.territories.filter((t) => b.territories.includes(t));
    const groundList = (['ANNOTATED_CONFLICT', 'SAME_TERRITORY'] as const).filter((g) => grounds.has(g));
    const why = groundList
      .map((g) =>
        g === 'ANNOTATED_CONFLICT'
          ? 'the annotations mark them as conflicting'
          : 'both concern the same territory and each is addressed to the other side',
      )
      .join(', and ');
    const rejectedAcross = blocked.filter((d) => d.evidence.some((e) => e.stance === 'REJECTS')).length;
    return {
      id: `conflict:${key}`,
      kind: 'CONFLICTING_DEMANDS',
      grounds: rejectedAcross > 0 ? [...groundList, 'REJECTION'] : [...groundList],
      sides: [refs.actor(sideA), refs.actor(sideB)],
      explanation:
        `${refs.actor(sideA).name}: "${a.summary}" [${a.kind}] and ${refs.actor(sideB).name}: "${b.summary}" [${b.kind}] ` +
        `cannot both be met: ${why}.` +
        (rejectedAcross > 0
          ? ` ${rejectedAcross === 2 ? "Each side has rejected the other's demand" : "One side has rejected the other's demand"}.`
          : ''),
      demands: blocked,
      territories: context.territories(shared),
      articles: context.articles(blocked, [...conflictArticles]),
    } satisfies Deadlock;
  });
}

/** The same cycle always written the same way: starting at its smallest id. */
function rotateToSmallest(cycle: string[]): string[] {
  let start = 0;
  cycle.forEach((node, index) => {
    if (node < cycle[start]) start = index;
  });
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}
