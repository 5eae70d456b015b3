import { Router } from 'express';
import path from 'node:path';
import { repoRoot } from '../../config';
import { pageFiles } from '../page-chrome/page-files';
import { reviewVocabularies } from './review-vocabularies';

/**
 * /review: the page where an editor reviews a draft of draftAnnotations and
 * publishes it with publishArticle. The page talks to /graphql like any
 * client (with the editor key it is given); this router only serves its
 * files, from the source tree as /explore does, and the vocabularies of the
 * domain model for its pickers.
 *
 *   GET /review/                   the page (and chrome.css, the stylesheet it shares with /explore)
 *   GET /review/vocabularies.json  PLOVER types, demand kinds and topics, stances, actor kinds, date precisions
 */
export const reviewPageDir = path.join(repoRoot, 'src', 'http', 'review', 'page');

export function reviewRouter(): Router {
  const router = Router();
  const vocabularies = JSON.stringify(reviewVocabularies());

  router.get('/vocabularies.json', (_request, response) => {
    response.type('application/json').send(vocabularies);
  });

  router.use(pageFiles(reviewPageDir));
  return router;
}
