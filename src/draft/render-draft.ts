// A draft as a YAML annotation file a reviewer edits: each suggested item is
// preceded by a comment with its confidence and cues (comments are invisible
// to the validator), so accepting a suggestion means deleting its comment.
import { Document, isMap, isSeq, Scalar, visit } from 'yaml';
import type { Draft } from './draft-annotation';
import type { Suggestion } from './draft-context';

const describe = (label: string, suggestion: Suggestion) =>
  `${label} ${suggestion.confidence.toFixed(2)}: ${suggestion.cues.join('; ')}`;

export function renderDraftYaml(draft: Draft, articlePath: string): string {
  const doc = new Document(draft.annotation);
  doc.commentBefore =
    ` Drafted from ${articlePath} by peacegraph draft (cue lexicon ${draft.lexicon.version}).\n` +
    ' Every item is a suggestion: check it against the text, fix it, then delete its comment.\n' +
    ' Offsets: UTF-16, end exclusive (docs/model.md).';
  const byItem = new Map<string, string[]>();
  for (const [path, suggestion] of Object.entries(draft.suggestions)) {
    const match = /^(article|(?:statements|demands|actors)\[\d+\])(?:\.(.+))?$/.exec(path);
    if (!match) continue;
    const lines = byItem.get(match[1]) ?? [];
    lines.push(describe(match[2] ?? 'item', suggestion));
    byItem.set(match[1], lines);
  }
  for (const [item, lines] of byItem) {
    const node = item === 'article' ? doc.get('article', true) : itemNode(doc, item);
    if (node && (isMap(node) || isSeq(node))) node.commentBefore = lines.map((line) => ` ${line}`).join('\n');
  }
  // Dates and codes in quotes, as the hand-written files have them: YAML 1.1 tools would read 2025-03-12 as a timestamp.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^\d[\d-]*$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function itemNode(doc: Document, item: string): unknown {
  const match = /^(\w+)\[(\d+)\]$/.exec(item);
  return match ? doc.getIn([match[1], Number(match[2])], true) : undefined;
}
