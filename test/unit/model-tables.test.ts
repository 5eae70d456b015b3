import fs from 'node:fs';
import { MODEL_DOC, modelTables, withModelTables } from '../../src/domain/model-tables';
import { ANNOTATING_DOC, withVocabularyTables } from '../../src/domain/vocabulary-tables';

describe('the tables of docs/model.md', () => {
  it('are the ones the domain declarations make (rewrite: node dist/src/domain/model-tables.js --write)', () => {
    const doc = fs.readFileSync(MODEL_DOC, 'utf8');
    expect(withModelTables(doc)).toBe(doc);
  });

  it('list every relationship type and node label once', () => {
    const tables = modelTables();
    for (const type of ['MADE', 'REJECTS', 'CONFLICTS_WITH', 'PUBLISHED_BY'])
      expect(tables.match(new RegExp(`\\[:${type}\\]`, 'g'))).toHaveLength(1);
    for (const label of ['Article', 'Actor', 'Statement', 'Demand', 'Territory', 'Event'])
      expect(tables.match(new RegExp(`^\\| \`${label}\` \\|`, 'gm'))).toHaveLength(1);
  });
});

describe('the vocabularies of docs/annotating.md', () => {
  it('are the lists the validator reads (rewrite: npm run generate)', () => {
    const doc = fs.readFileSync(ANNOTATING_DOC, 'utf8');
    expect(withVocabularyTables(doc)).toBe(doc);
    expect(doc).toContain('`PRECONDITION`');
    expect(doc).toContain('`REJECTS` (Statement rejects Demand)');
  });
});
