import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { emitAnnotationJsonSchema, renderAnnotationJsonSchema } from '../../src/seed/emit-json-schema';

const COMMITTED = path.join(__dirname, '..', '..', 'seed', 'annotation.schema.json');

describe('seed/annotation.schema.json', () => {
  it('is what the zod schema emits (regenerate: npx tsc -p tsconfig.json && node dist/src/seed/emit-json-schema.js)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(renderAnnotationJsonSchema());
  });

  it('is draft 2020-12, closed to unknown keys, and lets annotators omit defaulted keys', () => {
    const schema = emitAnnotationJsonSchema() as {
      $schema: string;
      $defs: Record<string, { additionalProperties?: boolean; required?: string[] }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const name of ['AnnotationFile', 'ArticleHeader', 'Actor', 'Statement', 'Demand', 'Relation', 'DateSpec']) {
      expect(schema.$defs[name].additionalProperties).toBe(false);
    }
    expect(schema.$defs.Statement.required).toEqual(['id', 'speaker', 'date', 'paraphrase', 'plover']);
    expect(schema.$defs.Demand.required).toContain('owner');
  });
});
