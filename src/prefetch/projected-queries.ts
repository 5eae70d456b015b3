// The built queries that can return projected nodes (given $fields, each
// node a list of its id and the values of $fields, see projection.ts). A module of
// its own so the composer knows them without loading the model.
export const PROJECTED_QUERIES = [
  'nodes-by-id',
  'neighbour-page-in',
  'neighbour-page-out',
  'neighbour-list-in',
  'neighbour-list-out',
  'actors-page',
  'statements-page',
  'statements-search-page',
  'rejections-page',
] as const;

export type ProjectedQuery = (typeof PROJECTED_QUERIES)[number];

export function isProjected(query: string): query is ProjectedQuery {
  return (PROJECTED_QUERIES as readonly string[]).includes(query);
}
