import { startAppWith } from '../../support/api-app';
import type { AppUnderTest } from '../../support/api-app';
import { RecordingExecutor } from './recording-executor';
import type { Answer, RecordedQuery } from './recording-executor';

export const EDITOR_KEY = 'tck-editor-key-0123456789';

/** What one operation became: the queries it sent, in order, and the errors it answered with. */
export interface Translation {
  queries: RecordedQuery[];
  /** Each error's code and message: with empty answers, a by-id field finds nothing. */
  errors: string[];
}

/**
 * The real HTTP app (Express, Apollo, the prefetch plugin, compiled
 * execution) over a recording executor: an operation goes the way a
 * client's request goes, and what it sends to the database is kept.
 */
export class Translator {
  private constructor(
    private readonly app: AppUnderTest,
    private readonly executor: RecordingExecutor,
  ) {}

  static async start(answer?: Answer): Promise<Translator> {
    const executor = new RecordingExecutor(answer);
    const app = await startAppWith(executor, { API_KEYS: `tck:${EDITOR_KEY}:editor` });
    return new Translator(app, executor);
  }

  /** Sends an operation and returns what it sent; `record: false` runs it only (a step before the one under test). */
  async translate(
    source: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Translation> {
    this.executor.clear();
    const response = await fetch(`${this.app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: source, variables }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
    };
    const errors = (body.errors ?? []).map(
      (error) => `${error.extensions?.code ?? '?'}: ${error.extensions?.detail ?? error.message}`,
    );
    return { queries: [...this.executor.queries], errors };
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
