import type { Executor, QueryObserver } from '../db/executor';
import { BadUserInputError, NotFoundError } from '../errors/api-errors';
import { currentMaxPageSize } from '../model/page-size';

/**
 * Checks an analytics scope (`articles`) before anything is computed over
 * it: an unknown id is NOT_FOUND naming it, rather than an empty snapshot
 * that answers with nothing (or that a metric cannot take), and a list
 * longer than a page is BAD_USER_INPUT. Null or empty: the whole graph.
 */
export async function requireArticles(
  executor: Executor,
  articles: readonly string[] | null | undefined,
  observer?: QueryObserver,
  argument = 'articles',
): Promise<void> {
  if (!articles || articles.length === 0) return;
  const wanted = [...new Set(articles)];
  const most = currentMaxPageSize();
  if (wanted.length > most) {
    throw new BadUserInputError(`${argument} may list at most ${most} articles, got ${wanted.length}`, { argument });
  }
  const found = await executor.read<{ id: string }>('analytics-articles', { articles: wanted }, observer);
  const known = new Set(found.map((row) => row.id));
  const missing = wanted.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((id) => `"${id.slice(0, 100)}"`);
    const more = missing.length > shown.length ? ` and ${missing.length - shown.length} more` : '';
    throw new NotFoundError(`${argument}: no article with id ${shown.join(', ')}${more}`);
  }
}
