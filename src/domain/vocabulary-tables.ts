// The vocabularies section of docs/annotating.md, made from the lists the
// validator and the API read (src/domain/), so the guide cannot offer a
// value the validator refuses: a unit test compares the section with the
// file, and `node dist/src/domain/vocabulary-tables.js --write` rewrites it.
import fs from 'node:fs';
import path from 'node:path';
import { actorRelationTypes, stanceTypes, territoryRelationTypes } from './edge-facts';
import { relationship } from './model';
import { ACTOR_KINDS, DEMAND_KINDS, DEMAND_TOPICS, EVENT_KINDS, PLOVER_TYPES, TERRITORY_STATUSES } from './vocabulary';

// From src/domain under ts-jest, from dist/src/domain once compiled.
const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
export const ANNOTATING_DOC = path.join(repoRoot, 'docs', 'annotating.md');
const START = '<!-- vocabularies: generated from src/domain by src/domain/vocabulary-tables.ts -->';
const END = '<!-- end of vocabularies -->';

const list = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');
const described = (types: readonly string[]) =>
  types.map((type) => `\`${type}\` (${relationship(type).description.replace(/\.$/, '')})`).join(', ');

export function vocabularyTables(): string {
  return [
    START,
    '',
    '| field | values |',
    '|---|---|',
    `| \`actors[].kind\` | ${list(ACTOR_KINDS)} |`,
    `| \`territories[].status\` | ${list(TERRITORY_STATUSES)}, or null |`,
    `| \`events[].kind\` | ${list(EVENT_KINDS)} |`,
    `| \`statements[].plover.type\` | ${list(PLOVER_TYPES)} (PLOVER 2021) |`,
    `| \`statements[].demands[].stance\` | ${described(stanceTypes())} |`,
    `| \`demands[].kind\` | ${list(DEMAND_KINDS)} |`,
    `| \`demands[].topic\` | ${list(DEMAND_TOPICS)} |`,
    `| \`relations[].type\`, actor to actor | ${described(actorRelationTypes())} |`,
    `| \`relations[].type\`, actor to territory | ${described(territoryRelationTypes())} |`,
    '',
    END,
  ].join('\n');
}

export function withVocabularyTables(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/annotating.md lacks the markers of its vocabularies (${START})`);
  return doc.slice(0, start) + vocabularyTables() + doc.slice(end + END.length);
}

if (require.main === module && process.argv.includes('--write')) {
  fs.writeFileSync(ANNOTATING_DOC, withVocabularyTables(fs.readFileSync(ANNOTATING_DOC, 'utf8')));
  console.log(`wrote the vocabularies of ${path.relative(process.cwd(), ANNOTATING_DOC)}`);
}
