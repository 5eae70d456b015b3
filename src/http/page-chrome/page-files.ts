import express, { Router } from 'express';
import path from 'node:path';
import { repoRoot } from '../../config';

// Served from the source tree, as the pages are (tsc does not copy them into dist).
const chromeStylesheet = path.join(repoRoot, 'src', 'http', 'page-chrome', 'chrome.css');

/**
 * What every page of this server serves the same way: a redirect to the
 * trailing slash (the pages link their files relatively, which only works
 * under `/explore/`, not `/explore`), the stylesheet the pages share
 * (`chrome.css`, beside each page so the relative link works), and the
 * page's own files from `pageDir`. The feature router adds its data routes
 * before this one.
 */
export function pageFiles(pageDir: string): Router {
  const router = Router();
  router.get('/', (request, response, next) => {
    const [pathname, search] = request.originalUrl.split('?');
    if (pathname.endsWith('/')) return next();
    response.redirect(301, `${pathname}/${search === undefined ? '' : `?${search}`}`);
  });
  router.get('/chrome.css', (_request, response) => {
    response.type('text/css').sendFile(chromeStylesheet, { maxAge: 0 });
  });
  router.use(express.static(pageDir, { index: 'index.html', maxAge: 0 }));
  return router;
}
