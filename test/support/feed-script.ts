import { exampleMutationSteps } from '../fixtures/example-mutation-steps';
import { postGraphql } from './test-server';

/** The documents of the example mutations, each selecting only what identifies its result. */
const DOCUMENTS: Record<string, string> = {
  AddArticle: 'mutation($input: AddArticleInput!) { addArticle(input: $input) { id } }',
  AddStatement: 'mutation($input: AddStatementInput!) { addStatement(input: $input) { id } }',
  AddDemand: 'mutation($input: AddDemandInput!) { addDemand(input: $input) { id } }',
  AddRejection: 'mutation($input: AddRejectionInput!) { addRejection(input: $input) { statement { id } } }',
};

export interface ScriptedWrite {
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

/** The scripted series of writes: article, statement, demand, rejecting statement, rejection; ids carry `token`. */
export function scriptedWrites(token: string): ScriptedWrite[] {
  return exampleMutationSteps(token).map(([name, input]) => ({
    name,
    document: DOCUMENTS[name],
    variables: { input },
  }));
}

/** Sends writes through a server's /graphql with an editor key, failing on the first error. */
export async function runWrites(origin: string, key: string, writes: ScriptedWrite[]): Promise<void> {
  for (const write of writes) {
    const { status, body } = await postGraphql(origin, write.document, write.variables, { 'x-api-key': key });
    if (status !== 200 || body.errors) throw new Error(`${write.name} failed: ${JSON.stringify(body.errors)}`);
  }
}

/** A promise that rejects after `ms`, naming what did not happen in time. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
