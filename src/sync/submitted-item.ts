// Where an item sent through add/updateAnnotation sits in the corpus the edit
// makes (its file, and its section and index there), so that a problem the
// validator finds in it is shown at its line in the text that was sent.
import { shownAnnotationPath } from '../repositories/annotation-source';
import type { SubmittedText } from '../seed/submitted-locations';
import type { AnnotationItem } from './annotation-items';
import { SECTION_OF } from './item-kinds';

export function submittedItem(
  items: readonly AnnotationItem[],
  placed: AnnotationItem,
  text: string,
  seedDir: string,
): SubmittedText {
  const file = shownAnnotationPath(seedDir, `${placed.home}.yaml`);
  if (placed.kind === 'article') return { file, at: ['article'], argument: 'item', text };
  // filesFromItems writes a file's items section by section, each in the order of its items' places.
  const index = items
    .filter((item) => item.home === placed.home && item.kind === placed.kind)
    .sort((a, b) => a.pos - b.pos)
    .indexOf(placed);
  return { file, at: [SECTION_OF[placed.kind], index], argument: 'item', text };
}
