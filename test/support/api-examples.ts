import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { repoRoot } from '../../src/config';

export const EXAMPLES_FILE = path.join(repoRoot, 'schema', 'examples.graphql');

export interface ExampleOperation {
  name: string;
  kind: 'query' | 'mutation';
  /** The operation on its own, ready to send. */
  source: string;
}

/** The named operations of schema/examples.graphql (or another file of operations). */
export function exampleOperations(file = EXAMPLES_FILE): ExampleOperation[] {
  const document = parse(readFileSync(file, 'utf8'));
  return document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name!.value,
      kind: operation.operation === 'mutation' ? 'mutation' : 'query',
      source: print(operation),
    }));
}
