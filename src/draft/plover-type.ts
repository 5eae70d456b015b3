// The PLOVER event type and CAMEO code of a statement, from the first cue of
// the lexicon (lexicon/cues.json, in its order of precedence) its words hold.
import type { PloverCode } from '../seed/annotation.schema';
import { LEXICON, matchCues } from './cue-lexicon';

export interface TypedStatement {
  plover: PloverCode;
  confidence: number;
  cues: string[];
}

/** The confidence of the lexicon's default type: no cue found. */
export const LOWEST_TYPE_CONFIDENCE = 0.2;

export function ploverType(text: string, stances: readonly string[] = []): TypedStatement {
  const codebook = LEXICON.codebook;
  if (stances.includes('REJECTS')) {
    return {
      plover: { type: 'REJECT', mode: null, cameo: '120', codebook },
      confidence: 0.7,
      cues: ['rejects a demand'],
    };
  }
  for (const entry of LEXICON.plover) {
    const found = matchCues([entry], text)[0];
    if (found) {
      return {
        plover: { type: found.value.type, mode: null, cameo: found.value.cameo, codebook },
        confidence: 0.5,
        cues: [text.slice(found.start, found.end), `lexicon ${LEXICON.version}: ${found.cue}`],
      };
    }
  }
  if (stances.includes('SETS')) {
    return {
      plover: { type: 'REQUEST', mode: null, cameo: '100', codebook },
      confidence: 0.4,
      cues: ['sets a demand'],
    };
  }
  const fallback = LEXICON.ploverDefault;
  return {
    plover: { type: fallback.type, mode: null, cameo: fallback.cameo, codebook },
    confidence: 0.2,
    cues: [fallback.cue],
  };
}
