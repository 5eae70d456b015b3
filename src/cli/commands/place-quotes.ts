import { placeQuotes } from '../../annotate/place-quotes';
import { loadConfig } from '../../config';
import { placeInArticleFiles } from '../article-annotation-files';
import type { CliCommand } from '../command';

interface PlaceQuotesOptions {
  files: string[];
}

export const placeQuotesCommand: CliCommand<PlaceQuotesOptions> = {
  name: 'place-quotes',
  summary: 'find the offsets of quotes written by their text, and default evidence to their sentence',
  description:
    'For every statement quote written as { text: "..." } in an annotation file (FILE, or every article file of ' +
    'SEED_DIR/annotations), finds the text in the article and writes its start and end; a statement with a quote and no ' +
    'evidence gets the sentence(s) holding the quote. A quote that occurs several times takes the occurrence nearest ' +
    'the start written, or is asked about; one that does not occur is asked about with the nearest passage (exit 1). ' +
    'Comments and layout are kept. Needs no database.',
  options: [],
  positionals: [{ name: 'FILE', help: 'an annotation file (default: all of SEED_DIR/annotations)' }],

  parse({ positionals }) {
    return { files: positionals };
  },

  async run({ files }) {
    placeInArticleFiles(files, loadConfig().seed.dir, 'quotes', ({ yaml, articleText }) => {
      const result = placeQuotes(yaml, articleText);
      return {
        yaml: result.yaml,
        changed: result.placed > 0 || result.evidenceAdded > 0,
        counts: `${result.placed} quotes placed, ${result.evidenceAdded} evidence spans added`,
        questions: result.questions,
      };
    });
  },
};
