// seed/annotation.schema.json is generated from the zod schema so that editors
// (e.g. via `# yaml-language-server: $schema=../annotation.schema.json`) and
// the validator never disagree. A unit test fails when the committed file is
// stale. Regenerate with:
//   npx tsc -p tsconfig.json && node dist/src/seed/emit-json-schema.js
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { AnnotationFileSchema } from './annotation.schema';

/** The JSON Schema (draft 2020-12) of one annotation file, as written by hand (defaults optional). */
export function emitAnnotationJsonSchema(): Record<string, unknown> {
  // io: 'input' describes what an annotator writes: keys with defaults are optional.
  return z.toJSONSchema(AnnotationFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}

/** The exact text of seed/annotation.schema.json. */
export function renderAnnotationJsonSchema(): string {
  return `${JSON.stringify(emitAnnotationJsonSchema(), null, 2)}\n`;
}

export const ANNOTATION_JSON_SCHEMA_PATH = path.join('seed', 'annotation.schema.json');

if (require.main === module) {
  // Run from the repo root (npm scripts are); an explicit target path may be given.
  const target = process.argv[2] ?? ANNOTATION_JSON_SCHEMA_PATH;
  writeFileSync(target, renderAnnotationJsonSchema());
  process.stdout.write(`wrote ${target}\n`);
}
