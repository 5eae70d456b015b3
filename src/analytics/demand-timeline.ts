// A demand's stances told as a story: its lifecycle (each stance statement,
// oldest first) and its status (whether it stands open, rejected, accepted
// or both, and by whom). Both are read from the same steps, cut to a date
// by the rule analytics(asOf:) uses (as-of.ts), so a demand's status as of
// D is what a corpus written on D would have said.
import { statementHeldAsOf } from './as-of';

type Props = Record<string, unknown>;

/** One statement's stance on the demand, with who made it and for whom. */
export interface StanceStep {
  stance: string;
  statement: Props;
  speaker: Props | null;
  principal: Props | null;
}

export type LifecycleKind = 'RAISED' | 'REPEATED' | 'ACCEPTED' | 'REJECTED';
export type DemandState = 'NOT_RAISED' | 'OPEN' | 'REJECTED' | 'ACCEPTED' | 'CONTESTED';

const STEP_KIND: Record<string, LifecycleKind> = {
  SETS: 'RAISED',
  REPEATS: 'REPEATED',
  ACCEPTS: 'ACCEPTED',
  REJECTS: 'REJECTED',
};

/** A step's statement date; null for an undated statement. */
const dateOf = (step: StanceStep): string | null => (step.statement.date == null ? null : String(step.statement.date));
const idOf = (props: Props | null): string => String(props?.id ?? '');

/** The steps said on or before `asOf` (all of them when it is null). */
export function stepsAsOf(steps: readonly StanceStep[], asOf: string | null): StanceStep[] {
  return asOf === null ? [...steps] : steps.filter((step) => statementHeldAsOf(dateOf(step), asOf));
}

/** Oldest first; undated statements last; then by statement id, so the order is total. */
export function inLifecycleOrder(steps: readonly StanceStep[]): StanceStep[] {
  const sortable = (step: StanceStep) => dateOf(step) ?? '\uffff';
  return [...steps].sort(
    (a, b) =>
      sortable(a).localeCompare(sortable(b)) ||
      idOf(a.statement).localeCompare(idOf(b.statement)) ||
      a.stance.localeCompare(b.stance),
  );
}

export function lifecycleKind(stance: string): LifecycleKind {
  const kind = STEP_KIND[stance];
  if (!kind) throw new Error(`No lifecycle step for stance ${stance}`);
  return kind;
}

/** Who a stance counts for: the actor spoken for, else the speaker. */
export function stanceHolder(step: StanceStep): Props | null {
  return step.principal ?? step.speaker;
}

export interface StatusOf {
  state: DemandState;
  raisedBy: Props[];
  acceptedBy: Props[];
  rejectedBy: Props[];
}

/**
 * Each actor's latest answer (ACCEPTS or REJECTS, in lifecycle order)
 * decides which side it is on: an actor that rejected and later accepted
 * has accepted. The state follows from the two lists.
 */
export function statusOf(steps: readonly StanceStep[]): StatusOf {
  const ordered = inLifecycleOrder(steps);
  const raisedBy = new Map<string, Props>();
  const answers = new Map<string, { stance: string; actor: Props }>();
  for (const step of ordered) {
    const actor = stanceHolder(step);
    if (!actor) continue;
    if (step.stance === 'SETS' || step.stance === 'REPEATS') raisedBy.set(idOf(actor), actor);
    else answers.set(idOf(actor), { stance: step.stance, actor });
  }
  const byId = (a: Props, b: Props) => idOf(a).localeCompare(idOf(b));
  const side = (stance: string) =>
    [...answers.values()]
      .filter((answer) => answer.stance === stance)
      .map((answer) => answer.actor)
      .sort(byId);
  const acceptedBy = side('ACCEPTS');
  const rejectedBy = side('REJECTS');
  const raised = ordered.some((step) => step.stance === 'SETS' || step.stance === 'REPEATS');
  const state: DemandState = !raised
    ? 'NOT_RAISED'
    : acceptedBy.length > 0 && rejectedBy.length > 0
      ? 'CONTESTED'
      : acceptedBy.length > 0
        ? 'ACCEPTED'
        : rejectedBy.length > 0
          ? 'REJECTED'
          : 'OPEN';
  return { state, raisedBy: [...raisedBy.values()].sort(byId), acceptedBy, rejectedBy };
}
