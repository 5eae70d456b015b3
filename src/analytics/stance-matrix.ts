import { ActorRef, byDateThenId, RefBuilder, StanceEvidence } from './refs';
import type { Snapshot } from './snapshot';
import { actorMapper, authorOf, Level, resolveSides } from './sides';

export const STANCE_MATRIX_METHOD =
  'One cell per ordered pair (A, B) with at least one stance between them. A is the author of the statement ' +
  '(its speaker at ACTOR level, the side it speaks for at SIDE level). Counts are distinct demands: ' +
  'set = A sets or repeats a demand addressed to B; accepted = A accepts a demand B owns; ' +
  'rejected = A rejects a demand B owns; supported = A sets or repeats a demand B owns (voicing it for B). ' +
  'Pairs inside one actor (or one side) are left out. Evidence lists every statement behind the cell.';

export interface StanceCell {
  from: ActorRef;
  to: ActorRef;
  set: number;
  accepted: number;
  rejected: number;
  supported: number;
  evidence: StanceEvidence[];
}

type Bucket = 'set' | 'accepted' | 'rejected' | 'supported';

export function computeStanceMatrix(snapshot: Snapshot, level: Level): StanceCell[] {
  const sides = resolveSides(snapshot);
  const map = actorMapper(level, sides);
  const refs = new RefBuilder(snapshot);
  const cells = new Map<
    string,
    { from: string; to: string; demands: Record<Bucket, Set<string>>; evidence: Map<string, StanceEvidence> }
  >();

  const record = (from: string, to: string, bucket: Bucket, evidence: StanceEvidence) => {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        from,
        to,
        demands: { set: new Set(), accepted: new Set(), rejected: new Set(), supported: new Set() },
        evidence: new Map(),
      };
      cells.set(key, cell);
    }
    cell.demands[bucket].add(evidence.demand.id);
    cell.evidence.set(`${evidence.statement.id}\u0000${evidence.demand.id}\u0000${evidence.stance}`, evidence);
  };

  for (const statement of snapshot.statements) {
    const author = authorOf(statement, level, sides);
    for (const { demand: demandId, stance } of statement.stances) {
      const demand = snapshot.demands.get(demandId);
      if (!demand) continue;
      const evidence = refs.evidence(statement, demandId, stance);
      const owner = map(demand.owner);
      if (stance === 'SETS' || stance === 'REPEATS') {
        for (const addressee of new Set(demand.addressedTo.map(map))) record(author, addressee, 'set', evidence);
        record(author, owner, 'supported', evidence);
      } else {
        record(author, owner, stance === 'ACCEPTS' ? 'accepted' : 'rejected', evidence);
      }
    }
  }

  return [...cells.values()]
    .map((cell) => ({
      from: refs.actor(cell.from),
      to: refs.actor(cell.to),
      set: cell.demands.set.size,
      accepted: cell.demands.accepted.size,
      rejected: cell.demands.rejected.size,
      supported: cell.demands.supported.size,
      evidence: [...cell.evidence.values()].sort(byDateThenId),
    }))
    .sort((a, b) => a.from.id.localeCompare(b.from.id) || a.to.id.localeCompare(b.to.id));
}
