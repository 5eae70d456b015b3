import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, validate, ValidationRule, visit } from 'graphql';

// The page-size arguments armor's cost rule multiplies by.
const pageArguments = new Set(['first', 'last']);

/**
 * graphql-armor's cost rule multiplies a field's cost by its `first`/`last`
 * only when the number is written in the document; sent as a variable
 * (`first: $n`, what every real client does) it counts as 1, so a nested
 * `first: $n` query would slip past MAX_COST. Apollo validates (and caches)
 * documents before variables are known, so after the operation is resolved
 * this plugin writes the request's page sizes into a copy of the document
 * and runs the same armor rule over it once more.
 */
export function costWithVariables(costRule: ValidationRule): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const inlined = inlinePageSizes(document, operation, request.variables ?? {});
          if (!inlined) return;
          const [error] = validate(schema as GraphQLSchema, inlined, [costRule]);
          if (error) {
            throw new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          }
        },
      };
    },
  };
}

/** The document with `first: $x` replaced by the number sent, or undefined if none is a variable. */
function inlinePageSizes(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): DocumentNode | undefined {
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.defaultValue]),
  );
  let changed = false;
  const inlined = visit(document, {
    Argument(node) {
      if (!pageArguments.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const sent = variables[name];
      if (typeof sent === 'number' && Number.isInteger(sent)) {
        changed = true;
        return { ...node, value: { kind: Kind.INT, value: String(sent) } };
      }
      const fallback = defaults.get(name);
      if (sent === undefined && fallback?.kind === Kind.INT) {
        changed = true;
        return { ...node, value: fallback };
      }
      return undefined;
    },
  });
  return changed ? inlined : undefined;
}
