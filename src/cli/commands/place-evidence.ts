import { placeEvidence } from '../../annotate/place-evidence';
import { loadConfig } from '../../config';
import { placeInArticleFiles } from '../article-annotation-files';
import type { CliCommand } from '../command';

interface PlaceEvidenceOptions {
  files: string[];
}

export const placeEvidenceCommand: CliCommand<PlaceEvidenceOptions> = {
  name: 'place-evidence',
  summary: 'find the offsets of evidence written by its text, or take the sentence(s) around the quote',
  description:
    'For every statement evidence written as { text: "..." } in an annotation file (FILE, or every article file of ' +
    'SEED_DIR/annotations), finds the text in the article and writes { start, end } in its place; a statement with ' +
    'no evidence and a placed quote gets the sentence(s) holding the quote. Evidence that occurs several times ' +
    'takes the occurrence nearest the start written, or is asked about; evidence that does not occur is asked ' +
    'about with the nearest passage (exit 1). Offsets already written are kept, and so are comments and layout. ' +
    'Needs no database.',
  options: [],
  positionals: [{ name: 'FILE', help: 'an annotation file (default: all of SEED_DIR/annotations)' }],

  parse({ positionals }) {
    return { files: positionals };
  },

  async run({ files }) {
    placeInArticleFiles(files, loadConfig().seed.dir, 'evidence spans', ({ yaml, articleText }) => {
      const result = placeEvidence(yaml, articleText);
      return {
        yaml: result.yaml,
        changed: result.placed > 0 || result.fromQuote > 0,
        counts: `${result.placed} evidence spans placed, ${result.fromQuote} taken from the sentence around the quote`,
        questions: result.questions,
      };
    });
  },
};
