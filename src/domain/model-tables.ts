// The tables of docs/model.md's "Graph" section, made from the declarations,
// so the documentation cannot drift from the model: a unit test compares
// them with the file, and `node dist/src/domain/model-tables.js --write`
// rewrites them.
import fs from 'node:fs';
import path from 'node:path';
import { NODE_LABEL_DECLARATIONS } from './node-labels';
import type { PropertyType } from './node-labels';
import { domainModel } from './model';
import type { AnnotationSource } from './relationship-declaration';

// From src/domain under ts-jest, from dist/src/domain once compiled.
const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
export const MODEL_DOC = path.join(repoRoot, 'docs', 'model.md');
const START = '<!-- model tables: generated from src/domain by src/domain/model-tables.ts -->';
const END = '<!-- end of model tables -->';

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
    START,
    '',
    '| label | what | properties |',
    '|---|---|---|',
    ...labels,
    '',
    '| edge | cardinality | key | properties besides `key` | annotation | walk fields | analytics |',
    '|---|---|---|---|---|---|---|',
    ...relationships,
    '',
    END,
  ].join('\n');
}

/** docs/model.md with its tables replaced by the generated ones. */
export function withModelTables(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/model.md lacks the markers of its generated tables (${START})`);
  return doc.slice(0, start) + modelTables() + doc.slice(end + END.length);
}

if (require.main === module && process.argv.includes('--write')) {
  fs.writeFileSync(MODEL_DOC, withModelTables(fs.readFileSync(MODEL_DOC, 'utf8')));
  console.log(`wrote the model tables of ${path.relative(process.cwd(), MODEL_DOC)}`);
}
