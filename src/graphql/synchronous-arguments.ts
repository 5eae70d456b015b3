import path from 'node:path';

type ValidateArg = (
  argValue: unknown,
  argType: unknown,
  resolverData: unknown,
  globalValidate: unknown,
  argValidate: unknown,
  globalValidateFn: unknown,
  argValidateFn: unknown,
) => unknown;

/**
 * type-graphql (2.0.0-rc.4) passes every resolver argument through
 * `validateArg`, an async function, even with validation off, where all it
 * does is return the argument. So every field that takes arguments (each
 * connection, each `demands(stances:)`) answers with a promise, and
 * graphql-js waits a microtask turn for each, for every node of every page,
 * even when the prefetch has the data at hand. This replaces it,
 * in type-graphql's own module, by a function that answers those same
 * cases at once and hands every other case (a validate function, validation
 * on for an object argument) to the original, unchanged.
 * Returns false, changing nothing, if the module is not where rc.4 has it.
 */
export function answerArgumentsSynchronously(): boolean {
  let validation: { validateArg?: ValidateArg & { synchronous?: true } };
  try {
    // The package's exports map hides its internals; its file path does not.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    validation = require(path.join(path.dirname(require.resolve('type-graphql')), 'resolvers', 'validate-arg.js'));
  } catch {
    return false;
  }
  const original = validation.validateArg;
  if (typeof original !== 'function') return false;
  if (original.synchronous) return true;
  const synchronous: ValidateArg & { synchronous?: true } = (
    argValue,
    argType,
    resolverData,
    globalValidate,
    argValidate,
    globalValidateFn,
    argValidateFn,
  ) => {
    const validateFn = argValidateFn ?? globalValidateFn;
    const validate = argValidate !== undefined ? argValidate : globalValidate;
    const nothingToCheck =
      typeof validateFn !== 'function' && (validate === false || argValue === null || typeof argValue !== 'object');
    if (nothingToCheck) return argValue;
    return original(argValue, argType, resolverData, globalValidate, argValidate, globalValidateFn, argValidateFn);
  };
  synchronous.synchronous = true;
  validation.validateArg = synchronous;
  return true;
}
