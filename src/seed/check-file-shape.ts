// Which file may hold what: an annotation file describes exactly one article
// (seed/annotations/<stem>.yaml for seed/articles/<stem>.txt); `_` files hold
// shared declarations only, since statements and demands need an article.
import type { AnnotationProblem } from './annotation-error';
import type { ParsedFile } from './parsed-file';

function stemOf(path: string, extension: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.endsWith(extension) ? name.slice(0, -extension.length) : name;
}

export function checkFileShape(files: readonly ParsedFile[]): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  for (const parsed of files) {
    // With broken YAML (or a root that is not a mapping) we do not know what the file holds; its own problem is enough.
    if (!parsed.yamlOk) continue;
    const { file } = parsed;

    if (parsed.shared) {
      if (parsed.hasArticle) {
        problems.push({ file, path: 'article', reason: 'a _ file holds shared declarations and must not have an article header' });
      }
      // Only valid items are listed; invalid ones already have their own problem.
      for (const section of ['statements', 'demands'] as const) {
        for (const { path } of parsed.sections[section]) {
          problems.push({
            file,
            path,
            reason: `${section} belong to an article file: move it to the annotation file of the article that reports it`,
          });
        }
      }
      continue;
    }

    if (!parsed.hasArticle) {
      problems.push({ file, path: 'article', reason: 'missing article header: every annotation file not starting with _ describes one article' });
      continue;
    }
    const article = parsed.article?.value;
    if (article && stemOf(article.file, '.txt') !== stemOf(file, '.yaml')) {
      problems.push({
        file,
        path: 'article.file',
        reason: `"${article.file}" does not match the annotation file name: expected ${stemOf(file, '.yaml')}.txt`,
      });
    }
  }
  return problems;
}
