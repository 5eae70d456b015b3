// The tables of docs/model.md's "Graph" section, made from the declarations,
// so the documentation cannot drift from the model: a unit test compares
// them with the file, and `npm run generate` rewrites them.
import { NODE_LABEL_DECLARATIONS } from './node-labels';
import type { PropertyType } from './node-labels';
import { domainModel } from './model';
import type { AnnotationSource } from './relationship-declaration';
import { writeSection } from './generated-section';
import type { GeneratedSection } from './generated-section';

type Property = PropertyType | { type: PropertyType; note: string };

function property(name: string, declared: Property): string {
  const type = typeof declared === 'string' ? declared : declared.type;
  const note = typeof declared === 'string' ? null : declared.note;
  const dateParts = type === 'date?' && !note ? `, with ${name}Precision, ${name}Cue, ${name}Inferred` : '';
  return `${name}: ${type}${note ? ` (${note})` : dateParts ? ` (${dateParts.slice(2)})` : ''}`;
}

function source(entry: AnnotationSource): string {
  if (entry.section === 'relations') return '`relations[]` of this type';
  const where = entry.section === 'article' ? `article.${entry.field}` : `${entry.section}[].${entry.field}`;
  return `\`${where}\`${entry.reversed ? ' (pointing at the entry)' : ''}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The generated Markdown: node labels, then relationship types. */
export function modelTables(): string {
  const model = domainModel();
  const labels = model.nodeLabels.map((label) => {
    const declaration = NODE_LABEL_DECLARATIONS[label];
    const properties = Object.entries(declaration.properties as Record<string, Property>)
      .map(([name, declared]) => property(name, declared))
      .join('; ');
    return `| \`${label}\` | ${cell(declaration.description)} | ${cell(properties)} |`;
  });
  const relationships = [...model.relationships].map(([type, declaration]) => {
    const ends = `(${declaration.from.join('\\|')})-[:${type}]->(${declaration.to.join('\\|')})`;
    const properties = Object.entries(declaration.properties as Record<string, Property>)
      .map(([name, declared]) => property(name, declared))
      .join('; ');
    const fields = model.walkFields
      .filter((field) => field.type === type)
      .map((field) => `\`${field.on}.${field.name}\``)
      .join(', ');
    const family = declaration.family ? ` (${declaration.family})` : '';
    const analytics = 'query' in declaration.analytics ? `\`${declaration.analytics.query}\`` : 'not analysed';
    return (
      `| \`${ends}\`${family} | ${declaration.cardinality} | ${declaration.key} | ${cell(properties)} | ` +
      `${declaration.annotation.map(source).join(', ')} | ${fields} | ${analytics} |`
    );
  });
  return [
    '| label | what | properties |',
    '|---|---|---|',
    ...labels,
    '',
    '| edge | cardinality | key | properties besides `key` | annotation | walk fields | analytics |',
    '|---|---|---|---|---|---|---|',
    ...relationships,
  ].join('\n');
}

/** The tables of docs/model.md's "Graph" section. */
export const MODEL_TABLES: GeneratedSection = {
  file: 'docs/model.md',
  start: '<!-- model tables: generated from src/domain by src/domain/model-tables.ts -->',
  end: '<!-- end of model tables -->',
  make: modelTables,
};

if (require.main === module && process.argv.includes('--write')) writeSection(MODEL_TABLES);
