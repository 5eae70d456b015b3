import { Router } from 'express';
import path from 'node:path';
import { repoRoot } from '../../config';
import { pageFiles } from '../page-chrome/page-files';
import { requestTimeout } from '../request-timeout';
import { exploreDataRoute } from './data-route';
import type { DataRouteDependencies } from './data-route';

/**
 * /explore: a page that draws the actor–demand network with cytoscape.js.
 * The page's files are served from the source tree (tsc does not copy them
 * into dist) and cytoscape from node_modules, so nothing comes from a CDN.
 *
 *   GET /explore/                  the page (and chrome.css, the stylesheet it shares with /review)
 *   GET /explore/cytoscape.min.js  cytoscape.js, as installed from npm
 *   GET /explore/data.json         the network (?level=ACTOR|SIDE&articles=id,id&asOf=YYYY[-MM[-DD]])
 */
export const explorePageDir = path.join(repoRoot, 'src', 'http', 'explore', 'page');
const cytoscapeFile = require.resolve('cytoscape/dist/cytoscape.min.js');

export function exploreRouter(deps: DataRouteDependencies): Router {
  const router = Router();

  router.get('/cytoscape.min.js', (_request, response) => {
    response.type('application/javascript').sendFile(cytoscapeFile, { maxAge: '1h' });
  });

  router.get('/data.json', requestTimeout(deps.config.limits.requestTimeoutMs), exploreDataRoute(deps));

  router.use(pageFiles(explorePageDir));
  return router;
}
