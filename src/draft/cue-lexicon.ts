// The cue lexicon (lexicon/cues.json), compiled once: the words every
// suggestion names as the cues it rests on. Its version travels with each
// drafted statement so a reviewer can tell which lexicon proposed it.
import cues from './lexicon/cues.json';
import type { DEMAND_KINDS, PLOVER_TYPES } from '../domain';
import type { DEMAND_STANCES } from '../seed/annotation.schema';

export interface CompiledCue<T> {
  pattern: RegExp;
  cue: string;
  value: T;
}

const compile = <T>(list: { pattern: string; cue: string }[], value: (item: never) => T): CompiledCue<T>[] =>
  list.map((item) => ({ pattern: new RegExp(item.pattern, 'gi'), cue: item.cue, value: value(item as never) }));

export const LEXICON = {
  name: cues.name,
  version: cues.version,
  codebook: cues.codebook,
  speechVerbs: new Set(cues.speechVerbs),
  nonSpeakerSubjects: new Set(cues.nonSpeakerSubjects),
  pronouns: new Set(cues.pronouns),
  roleNouns: cues.roleNouns,
  questionIntroducers: new Set(cues.questionIntroducers),
  demandCues: compile<(typeof DEMAND_KINDS)[number]>(
    cues.demandCues,
    (item: { kind: (typeof DEMAND_KINDS)[number] }) => item.kind,
  ),
  stanceCues: compile<(typeof DEMAND_STANCES)[number]>(
    cues.stanceCues,
    (item: { stance: (typeof DEMAND_STANCES)[number] }) => item.stance,
  ),
  rejectionObjects: new Set(cues.rejectionObjects),
  plover: compile<{ type: (typeof PLOVER_TYPES)[number]; cameo: string }>(
    cues.plover,
    (item: { type: (typeof PLOVER_TYPES)[number]; cameo: string }) => ({ type: item.type, cameo: item.cameo }),
  ),
  ploverDefault: cues.ploverDefault as { type: (typeof PLOVER_TYPES)[number]; cameo: string; cue: string },
} as const;

/** Every match of a compiled cue list in `text`, in text order. */
export function matchCues<T>(
  list: readonly CompiledCue<T>[],
  text: string,
): { start: number; end: number; cue: string; value: T }[] {
  const found: { start: number; end: number; cue: string; value: T }[] = [];
  for (const { pattern, cue, value } of list) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, cue, value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
