import 'reflect-metadata';
import path from 'node:path';
import { answerArgumentsSynchronously } from '../../src/graphql/synchronous-arguments';

// type-graphql's argument step, as the server runs it: with validation off it
// hands arguments back at once; anything that needs checking still goes to
// type-graphql's own (async) validation. If an upgrade moves the module, the
// first test says so rather than the speed quietly going.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const validation = require(path.join(path.dirname(require.resolve('type-graphql')), 'resolvers', 'validate-arg.js'));

describe('synchronous arguments', () => {
  it("finds type-graphql's validateArg and replaces it once", () => {
    expect(answerArgumentsSynchronously()).toBe(true);
    const replaced = validation.validateArg;
    expect(answerArgumentsSynchronously()).toBe(true);
    expect(validation.validateArg).toBe(replaced);
  });

  it('answers at once when there is nothing to check', () => {
    answerArgumentsSynchronously();
    const args = { first: 5 };
    expect(validation.validateArg(args, Object, {}, false, undefined, undefined, undefined)).toBe(args);
    expect(validation.validateArg(7, Number, {}, true, undefined, undefined, undefined)).toBe(7);
    expect(validation.validateArg(null, Object, {}, true, undefined, undefined, undefined)).toBeNull();
  });

  it('leaves a validate function to type-graphql, which waits for it', async () => {
    answerArgumentsSynchronously();
    const seen: unknown[] = [];
    const validateFn = async (value: unknown) => {
      seen.push(value);
    };
    const result = validation.validateArg({ first: 5 }, Object, {}, false, undefined, validateFn, undefined);
    expect(typeof result.then).toBe('function');
    expect(await result).toEqual({ first: 5 });
    expect(seen).toEqual([{ first: 5 }]);
  });
});
