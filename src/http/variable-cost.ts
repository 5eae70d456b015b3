import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  validate,
  ValidationRule,
  visit,
} from 'graphql';

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
  const verdicts = new CostVerdicts();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const message = verdicts.get(document, operation, variables, () => {
            const inlined = inlinePageSizes(document, operation, variables);
            if (!inlined) return null;
            const [error] = validate(schema as GraphQLSchema, inlined, [costRule]);
            return error ? error.message : null;
          });
          if (message !== null) {
            throw new GraphQLError(message, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * The cost rule's verdict (an error message, or null) per document and page
 * sizes sent. The verdict depends on nothing else, and Apollo hands a repeated
 * query text the same parsed document, so a client repeating a query with
 * the same page sizes is priced once (per operation of the document, whose
 * variable defaults may differ); at most `perDocument` sizes are kept.
 */
class CostVerdicts {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, string | null>>();
  constructor(private readonly perDocument = 64) {}

  get(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    price: () => string | null,
  ): string | null {
    let verdicts = this.byDocument.get(document);
    if (!verdicts) {
      verdicts = new Map();
      this.byDocument.set(document, verdicts);
    }
    // Only the operation (its defaults) and the page-size variables change the price.
    const key = JSON.stringify([
      operation.name?.value ?? null,
      ...pageVariableNames(document).map((name) => variables[name] ?? null),
    ]);
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    const verdict = price();
    if (verdicts.size >= this.perDocument) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, verdict);
    return verdict;
  }
}

const pageVariablesOf = new WeakMap<DocumentNode, string[]>();

/** The variables a document passes as `first` or `last`, in document order. */
function pageVariableNames(document: DocumentNode): string[] {
  let names = pageVariablesOf.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(node) {
        if (pageArguments.has(node.name.value) && node.value.kind === Kind.VARIABLE) found.add(node.value.name.value);
      },
    });
    names = [...found];
    pageVariablesOf.set(document, names);
  }
  return names;
}

/** The document with `first: $x` replaced by the number sent, or undefined if none is a variable. */
function inlinePageSizes(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): DocumentNode | undefined {
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
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
