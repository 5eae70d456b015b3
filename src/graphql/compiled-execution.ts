// Execution by compiled queries (graphql-jit) instead of graphql-js's
// interpreter, which walks the selection anew for every object of every
// list: on a nested page that walk was a large part of a request's CPU in
// Node. Apollo Server 5 takes no custom executor except through its
// gateway interface, so this is a "gateway" that serves the local schema:
// Apollo still parses, validates, runs its plugins (the prefetch among them)
// and formats errors; only execution changes. The resolvers are the
// schema's own, so answers and errors are the same.
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import type { ExecutionResult, GraphQLSchema, OperationDefinitionNode, SourceLocation } from 'graphql';
import { execute, getVariableValues, GraphQLError, isAbstractType, printSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  requireSynchronousTypeResolvers(schema);
  // Apollo keeps one parsed document per query text, so a repeated request
  // brings the same operation node and finds its compiled form here; an
  // operation Apollo has let go of takes its compiled form with it.
  const compiled = new WeakMap<OperationDefinitionNode, CompiledQuery | ExecutionResult>();
  const compiledFor = (request: GatewayGraphQLRequestContext) => {
    let query = compiled.get(request.operation);
    if (!query) {
      query = compileQuery(schema, request.document, request.operationName ?? undefined) as
        CompiledQuery | ExecutionResult;
      compiled.set(request.operation, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (request) => {
    // Mutations run as graphql-js runs them: they are writes, one at a
    // time, where execution costs nothing beside the database, and their
    // input objects carry field defaults that graphql-jit 0.8 leaves out
    // when it coerces variables (the schema's only input objects are theirs).
    // So does a request whose operation Apollo could not pick (an unknown
    // or missing operation name): graphql-js says why, and Apollo answers 400.
    if (request.operation?.operation !== 'query') {
      return (await execute({
        schema,
        document: request.document,
        // The name the client sent (request.operationName is the one Apollo resolved, null here).
        operationName: request.request.operationName,
        contextValue: request.context,
        variableValues: request.request.variables,
      })) as GatewayExecutionResult;
    }
    // Variables that do not fit their types are refused with graphql-js's
    // own errors (Apollo answers those 400 BAD_USER_INPUT); graphql-jit's
    // say the same in other words and lack the variable's place.
    const variables = request.request.variables ?? {};
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, {
      maxErrors: 50,
    });
    if (coerced.errors) return { errors: coerced.errors };
    const query = compiledFor(request);
    // Not compiled: the operation cannot run as asked; the result holds why.
    const result = isCompiledQuery(query) ? await query.query(undefined, request.context, variables) : query;
    return (
      result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result
    ) as GatewayExecutionResult;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors freeze their message; plugins that rewrite messages
 * (graphql-armor hides field suggestions in production) then throw. The
 * same error as graphql-js makes it: message, locations, path, the thrown
 * error as originalError and its extensions (code, HTTP status).
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (copy as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return copy;
}

/**
 * graphql-jit asks an interface or union's resolveType for a type at once:
 * it has no fallback when there is none (graphql-js reads __typename) and
 * takes a promise for no answer. A schema that would fail so at run time is
 * refused at start.
 */
function requireSynchronousTypeResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    if (!type.resolveType || type.resolveType.constructor.name === 'AsyncFunction') {
      throw new Error(`Compiled execution needs a synchronous resolveType on ${type.name}`);
    }
  }
}
