// Turns zod issues into annotation problems with YAML-style paths and reasons
// an annotator can act on.
import type { z } from 'zod';
import type { AnnotationProblem } from './annotation-error';
import { formatPath } from './problem-path';

/**
 * A per-parse error map: zod's default for a missing key is "expected string,
 * received undefined", which hides the point. Schema-level messages (e.g. the
 * demand owner's) still win over this one.
 */
export const parseErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `required key is missing (expected ${issue.expected})`;
  return undefined;
};

export function zodIssuesToProblems(file: string, issues: readonly z.core.$ZodIssue[]): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // One problem per key, pointing at the key itself, so each misspelling is findable.
      for (const key of issue.keys) {
        problems.push({ file, path: formatPath([...issue.path, key]), reason: `unknown key "${key}"` });
      }
      continue;
    }
    problems.push({ file, path: formatPath(issue.path), reason: issue.message });
  }
  return problems;
}
