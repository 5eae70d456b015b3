import http from 'node:http';

export interface LoadOutcome {
  status: number;
  code?: string;
  retryAfter?: string;
  ms: number;
}

/**
 * One GraphQL POST on a connection of its own (no keep-alive agent): a
 * "cold connection" as a crowd of new clients opens them.
 */
export function coldPost(origin: string, query: string, timeoutMs = 60_000): Promise<LoadOutcome> {
  const started = Date.now();
  const url = new URL(`${origin}/graphql`);
  const body = JSON.stringify({ query });
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
              ?.code;
          } catch {
            code = 'NOT_JSON';
          }
          const retryAfter = response.headers['retry-after'];
          resolve({ status: response.statusCode ?? 0, code, retryAfter, ms: Date.now() - started });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('client timeout')));
    request.on('error', (error) => resolve({ status: 0, code: `CLIENT_${error.message}`, ms: Date.now() - started }));
    request.end(body);
  });
}

/** Counts of "status code" pairs, e.g. { "200": 240, "503 SERVER_BUSY": 16 }. */
export function tally(outcomes: LoadOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.status === 200 ? '200' : `${outcome.status} ${outcome.code}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Polls /ready until stopped; every answer is kept with how long it took. */
export function pollReady(origin: string, everyMs = 250) {
  const answers: { status: number; database?: string; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      try {
        const response = await fetch(`${origin}/ready`, { signal: AbortSignal.timeout(30_000) });
        const body = (await response.json()) as { database?: string };
        answers.push({ status: response.status, database: body.database, ms: Date.now() - started });
      } catch (error) {
        answers.push({ status: 0, database: `client: ${(error as Error).message}`, ms: Date.now() - started });
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    answers,
    async stop() {
      running = false;
      await loop;
      return answers;
    },
  };
}

/** Counts of /ready answers by status and database state, e.g. { "200 busy": 3 }. */
export function readyTally(answers: { status: number; database?: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers)
    counts[`${answer.status} ${answer.database}`] = (counts[`${answer.status} ${answer.database}`] ?? 0) + 1;
  return counts;
}
