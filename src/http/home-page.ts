import type { RequestHandler } from 'express';

/**
 * `/`: where a person who opens the server's address lands, instead of
 * Express's "Cannot GET /". Plain HTML with its style inline and nothing
 * fetched from elsewhere, so it works offline and under any CSP that allows
 * the page itself. The Sandbox line follows GRAPHQL_SANDBOX: in production
 * the Sandbox is off and /graphql only answers API requests.
 */
export function homePageHtml(sandbox: boolean): string {
  const graphql = sandbox
    ? 'the GraphQL API; open it in a browser for Apollo Sandbox, to write queries with the schema at hand'
    : 'the GraphQL API (POST application/json; the Sandbox is off here)';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>peacegraph</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  code { background: #f2f2f2; padding: 0 0.2em; }
  li { margin: 0.3em 0; }
</style>
</head>
<body>
<h1>peacegraph</h1>
<p>A knowledge graph of the Russia–Ukraine peace talks as reported in the news: actors, statements, demands and
preconditions, territories and events, each fact traced to its article and quote.</p>
<ul>
  <li><a href="/graphql">/graphql</a>: ${graphql}</li>
  <li><a href="/explore/">/explore</a>: the actor–demand network drawn in the browser, coloured by community</li>
  <li><a href="/review/">/review</a>: review a drafted annotation of a new article in place, then publish it (editor key)</li>
  <li><a href="/health">/health</a>: 200 while the process is up</li>
  <li><a href="/ready">/ready</a>: 200 once Neo4j answers and the schema is applied, 503 with what is missing</li>
</ul>
<h2>Documentation</h2>
<p>In the repository: <code>README.md</code> (quickstart, example queries, configuration, the
<code>peacegraph</code> command line), <code>docs/model.md</code> (the annotation format and the graph),
<code>docs/analytics.md</code>, <code>docs/security.md</code> (limits, error codes),
<code>docs/architecture.md</code> and <code>docs/performance.md</code>.</p>
</body>
</html>
`;
}

export function homePage(sandbox: boolean): RequestHandler {
  const html = homePageHtml(sandbox);
  return (_request, response) => {
    response.type('html').send(html);
  };
}
