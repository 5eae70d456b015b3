import type { PlanStep } from './plan';

/**
 * Every step of a plan, each before its children: the order the composed
 * query returns them in. (Apart from plan.ts, which reaches the schema's
 * model classes, so the composer can be used without them.)
 */
export function allSteps(roots: readonly PlanStep[]): PlanStep[] {
  const steps: PlanStep[] = [];
  const visit = (step: PlanStep) => {
    steps.push(step);
    step.children.forEach(visit);
  };
  roots.forEach(visit);
  return steps;
}
