// A refused apply as a person fixing files reads it: the error's message, then
// every problem with its file and line and every conflicting item, whether the
// refusal came from the database directly (a GraphQLError) or from a server
// (server-client.ts keeps its extensions).
import { formatProblem } from '../seed/annotation-error';
import type { AnnotationProblem } from '../seed/annotation-error';

interface Refusal {
  message: string;
  extensions?: Record<string, unknown>;
}

export function refusalReport(error: Refusal): string {
  const extensions = error.extensions ?? {};
  const lines = [error.message.split('\n')[0]];
  const problems = Array.isArray(extensions.problems) ? (extensions.problems as AnnotationProblem[]) : [];
  if (problems.length > 1) lines.push(...problems.map((problem) => `  ${formatProblem(problem)}`));
  const conflicts = Array.isArray(extensions.conflicts) ? (extensions.conflicts as { kind: string; id: string }[]) : [];
  if (conflicts.length > 0) lines.push(`  conflicting: ${conflicts.map((c) => `${c.kind} ${c.id}`).join(', ')}`);
  return lines.join('\n');
}
