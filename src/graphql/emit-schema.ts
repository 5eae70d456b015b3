// Writes the SDL of the type-graphql schema to schema/schema.graphql, the
// contract front ends build against. Run after changing a type or resolver:
//   npx tsc -p tsconfig.json && node dist/src/graphql/emit-schema.js
// test/unit/api-schema.test.ts fails while the file and the code disagree.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { repoRoot } from '../config';
import { graphqlSchema } from './build-schema';

export const SCHEMA_FILE = path.join(repoRoot, 'schema', 'schema.graphql');

const HEADER = [
  '# The peacegraph GraphQL API. Generated from the type-graphql classes in src/model and src/resolvers:',
  '#   npx tsc -p tsconfig.json && node dist/src/graphql/emit-schema.js',
  '# Do not edit by hand; a test fails when this file and the code drift apart.',
  '',
  '',
].join('\n');

export async function schemaSdl(): Promise<string> {
  return `${HEADER}${printSchema(await graphqlSchema())}\n`;
}

if (require.main === module) {
  schemaSdl()
    .then((sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${sdl.split('\n').length} lines)`);
    })
    .catch((error: Error) => {
      console.error(error);
      process.exit(1);
    });
}
