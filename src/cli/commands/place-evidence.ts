import fs from 'node:fs';
import path from 'node:path';
import { placeEvidence } from '../../annotate/place-evidence';
import { loadConfig } from '../../config';
import { articleAnnotationFiles } from '../article-annotation-files';
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
    let asked = 0;
    for (const { file, yaml, articleText } of articleAnnotationFiles(files, loadConfig().seed.dir)) {
      const result = placeEvidence(yaml, articleText);
      if (result.placed > 0 || result.fromQuote > 0) fs.writeFileSync(file, result.yaml);
      const name = path.relative(process.cwd(), file);
      console.log(
        `${name}: ${result.placed} evidence spans placed, ${result.fromQuote} taken from the sentence around the quote`,
      );
      for (const { item, question } of result.questions) console.log(`${name}: ${item}: ${question}`);
      asked += result.questions.length;
    }
    if (asked > 0) {
      process.exitCode = 1;
      console.log(`${asked} evidence spans need an answer (see above)`);
    }
  },
};
