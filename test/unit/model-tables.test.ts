import fs from 'node:fs';
import { sectionPath, withSection } from '../../src/domain/generated-section';
import { MODEL_TABLES, modelTables } from '../../src/domain/model-tables';
import { VOCABULARY_TABLES } from '../../src/domain/vocabulary-tables';

describe('the sections of the docs made from the domain declarations', () => {
  it.each([MODEL_TABLES, VOCABULARY_TABLES])('$file is as the code makes it (rewrite: npm run generate)', (section) => {
    const doc = fs.readFileSync(sectionPath(section), 'utf8');
    expect(withSection(doc, section)).toBe(doc);
  });

  it('list every relationship type and node label once in docs/model.md', () => {
    const tables = modelTables();
    for (const type of ['MADE', 'REJECTS', 'CONFLICTS_WITH', 'PUBLISHED_BY'])
      expect(tables.match(new RegExp(`\\[:${type}\\]`, 'g'))).toHaveLength(1);
    for (const label of ['Article', 'Actor', 'Statement', 'Demand', 'Territory', 'Event'])
      expect(tables.match(new RegExp(`^\\| \`${label}\` \\|`, 'gm'))).toHaveLength(1);
  });

  it('offer the values the validator takes in docs/annotating.md', () => {
    const doc = fs.readFileSync(sectionPath(VOCABULARY_TABLES), 'utf8');
    expect(doc).toContain('`PRECONDITION`');
    expect(doc).toContain('`REJECTS` (Statement rejects Demand)');
  });

  it('refuse a document without the markers', () => {
    expect(() => withSection('# no markers', MODEL_TABLES)).toThrow(/lacks the markers/);
  });
});
