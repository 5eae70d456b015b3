import express, { Router } from 'express';
import path from 'node:path';
import { repoRoot } from '../../config';
import { reviewVocabularies } from './review-vocabularies';

/**
 * /review: the page where an editor reviews a draft of draftAnnotations and
 * publishes it with publishArticle. The page talks to /graphql like any
 * client (with the editor key it is given); this router only serves its
 * files, from the source tree as /explore does, and the vocabularies of the
 * domain model for its pickers.
 *
 *   GET /review/                   the page
 *   GET /review/vocabularies.json  PLOVER types, demand kinds and topics, stances, actor kinds, date precisions
 */
export const reviewPageDir = path.join(repoRoot, 'src', 'http', 'review', 'page');

export function reviewRouter(): Router {
  const router = Router();
  const vocabularies = JSON.stringify(reviewVocabularies());

  // The page links its files relatively, which only works under /review/.
  router.get('/', (request, response, next) => {
    const [pathname, search] = request.originalUrl.split('?');
    if (pathname.endsWith('/')) return next();
    response.redirect(301, `${pathname}/${search === undefined ? '' : `?${search}`}`);
  });

  router.get('/vocabularies.json', (_request, response) => {
    response.type('application/json').send(vocabularies);
  });

  router.use(express.static(reviewPageDir, { index: 'index.html', maxAge: 0 }));
  return router;
}
