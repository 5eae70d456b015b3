// The vocabularies section of docs/annotating.md, made from the lists the
// validator and the API read (src/domain/), so the guide cannot offer a
// value the validator refuses: a unit test compares the section with the
// file, and `npm run generate` rewrites it.
import { actorRelationTypes, stanceTypes, territoryRelationTypes } from './edge-facts';
import { relationship } from './model';
import { writeSection } from './generated-section';
import type { GeneratedSection } from './generated-section';
import { ACTOR_KINDS, DEMAND_KINDS, DEMAND_TOPICS, EVENT_KINDS, PLOVER_TYPES, TERRITORY_STATUSES } from './vocabulary';

const list = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');
const described = (types: readonly string[]) =>
  types.map((type) => `\`${type}\` (${relationship(type).description.replace(/\.$/, '')})`).join(', ');

export function vocabularyTables(): string {
  return [
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
  ].join('\n');
}

/** The vocabularies section of docs/annotating.md. */
export const VOCABULARY_TABLES: GeneratedSection = {
  file: 'docs/annotating.md',
  start: '<!-- vocabularies: generated from src/domain by src/domain/vocabulary-tables.ts -->',
  end: '<!-- end of vocabularies -->',
  make: vocabularyTables,
};

if (require.main === module && process.argv.includes('--write')) writeSection(VOCABULARY_TABLES);
