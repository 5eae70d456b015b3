// The CLI's way to a running server: one GraphQL POST with the API key, its
// errors turned into one readable Error that keeps the server's code.
export class ServerError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export async function postGraphql<T>(
  server: string,
  key: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const url = new URL('/graphql', server).toString();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new ServerError(`${url} answered ${response.status}: ${text.slice(0, 200)}`, undefined);
  }
  const error = body.errors?.[0];
  if (error) {
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
    throw new ServerError(`${code ?? 'ERROR'}: ${error.message}`, code, error.extensions ?? {});
  }
  if (!body.data) throw new ServerError(`${url} answered ${response.status} without data`, undefined);
  return body.data;
}
