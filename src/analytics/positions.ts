import { ActorRef, DemandRef, RefBuilder, StatementRef } from './refs';
import type { Snapshot, Stance } from './snapshot';
import { authorOf, Level, resolveSides } from './sides';

export const POSITION_METHOD =
  'For each actor (or side), its statements that take a stance on a demand, in date order (dates compare as ' +
  'written, YYYY < YYYY-MM < YYYY-MM-DD, so a year-only date sorts at the start of its year; ties by statement id). ' +
  'A stance is NEW the first time the actor takes one on that demand, AGAIN when it keeps its direction ' +
  '(for: SETS, REPEATS, ACCEPTS; against: REJECTS) and REVERSED when it turns from for to against or back.';

export type StanceChange = 'NEW' | 'AGAIN' | 'REVERSED';

export interface PositionStance {
  demand: DemandRef;
  stance: Stance;
  change: StanceChange;
}

export interface PositionStep {
  date: string | null;
  datePrecision: string | null;
  statement: StatementRef;
  stances: PositionStance[];
}

export interface DemandTrajectory {
  demand: DemandRef;
  firstDate: string | null;
  lastDate: string | null;
  /** The stances in date order. */
  stances: Stance[];
  lastStance: Stance;
  /** True when the actor has been both for and against the demand. */
  reversed: boolean;
}

export interface ActorPosition {
  actor: ActorRef;
  /** At SIDE level, the actors whose statements are counted. */
  members: string[];
  steps: PositionStep[];
  demands: DemandTrajectory[];
  /** Demands currently supported / rejected: the direction of the actor's latest stance on each. */
  supports: DemandRef[];
  rejects: DemandRef[];
}

const direction = (stance: Stance) => (stance === 'REJECTS' ? 'against' : 'for');

/**
 * `actors`: the actors to report (at SIDE level, mapped to their sides);
 * absent or empty: every actor that took a stance.
 */
export function computePositions(snapshot: Snapshot, level: Level, actors?: string[] | null): ActorPosition[] {
  const sides = resolveSides(snapshot);
  const refs = new RefBuilder(snapshot);
  const wanted =
    actors && actors.length > 0 ? new Set(actors.map((id) => (level === 'SIDE' ? sides.sideOf(id) : id))) : null;

  const byAuthor = new Map<string, typeof snapshot.statements>();
  for (const statement of snapshot.statements) {
    if (statement.stances.length === 0) continue;
    const author = authorOf(statement, level, sides);
    if (wanted && !wanted.has(author)) continue;
    byAuthor.set(author, [...(byAuthor.get(author) ?? []), statement]);
  }

  return [...byAuthor.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([author, statements]) => {
      const ordered = [...statements].sort(
        (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
      );
      const trajectories = new Map<string, DemandTrajectory>();
      const steps: PositionStep[] = ordered.map((statement) => ({
        date: statement.date,
        datePrecision: statement.datePrecision,
        statement: refs.statement(statement),
        stances: statement.stances.map(({ demand, stance }) => {
          const known = trajectories.get(demand);
          let change: StanceChange = 'NEW';
          if (known) {
            change = direction(known.lastStance) === direction(stance) ? 'AGAIN' : 'REVERSED';
            known.stances.push(stance);
            known.lastStance = stance;
            known.lastDate = statement.date;
            known.reversed ||= change === 'REVERSED';
          } else {
            trajectories.set(demand, {
              demand: refs.demand(demand),
              firstDate: statement.date,
              lastDate: statement.date,
              stances: [stance],
              lastStance: stance,
              reversed: false,
            });
          }
          return { demand: refs.demand(demand), stance, change };
        }),
      }));
      const demands = [...trajectories.values()].sort((a, b) => a.demand.id.localeCompare(b.demand.id));
      return {
        actor: refs.actor(author),
        members: level === 'SIDE' ? sides.membersOf(author).filter((member) => snapshot.actors.has(member)) : [author],
        steps,
        demands,
        supports: demands.filter((d) => direction(d.lastStance) === 'for').map((d) => d.demand),
        rejects: demands.filter((d) => direction(d.lastStance) === 'against').map((d) => d.demand),
      };
    });
}
