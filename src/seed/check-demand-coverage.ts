// A demand only enters the graph because someone voiced it: each one needs a
// statement somewhere in the corpus that SETS or REPEATS it.
import type { AnnotationProblem } from './annotation-error';
import type { ParsedFile } from './parsed-file';

export function checkDemandCoverage(files: readonly ParsedFile[]): AnnotationProblem[] {
  const voiced = new Set<string>();
  for (const parsed of files) {
    for (const { value: statement } of parsed.sections.statements) {
      for (const { demand, stance } of statement.demands) {
        if (stance === 'SETS' || stance === 'REPEATS') voiced.add(demand);
      }
    }
    // A statement that failed the schema may be the one voicing it; its own problem says so.
    for (const demand of parsed.brokenDemandRefs) voiced.add(demand);
  }
  const problems: AnnotationProblem[] = [];
  for (const parsed of files) {
    for (const { value: demand, path } of parsed.sections.demands) {
      if (!voiced.has(demand.id)) {
        problems.push({
          file: parsed.file,
          path,
          reason: `demand "${demand.id}" is never voiced: no statement SETS or REPEATS it`,
        });
      }
    }
  }
  return problems;
}
