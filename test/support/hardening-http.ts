/**
 * Raw HTTP for the hardening tests: they need to send what no well-behaved
 * client would (broken JSON, wrong content types, oversized bodies) and to
 * see status, headers and body exactly as the server wrote them.
 */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json?: GraphqlJson;
  ms: number;
}

export interface GraphqlJson {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  timeoutMs?: number;
}

export async function send(origin: string, request: RawRequest = {}): Promise<RawResponse> {
  const started = Date.now();
  const response = await fetch(`${origin}${request.path ?? '/graphql'}`, {
    method: request.method ?? 'POST',
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  let json: GraphqlJson | undefined;
  try {
    json = JSON.parse(text) as GraphqlJson;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json, ms: Date.now() - started };
}

/** A GraphQL POST as a browser front end would send it. */
export function postQuery(
  origin: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(origin, {
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

export function errorCodes(response: RawResponse): string[] {
  return (response.json?.errors ?? []).map((error) => String(error.extensions?.code ?? ''));
}

export function firstCode(response: RawResponse): string | undefined {
  return errorCodes(response)[0];
}

/** Every `extensions.stacktrace` the body carries, at any depth of `errors`. */
export function hasStacktrace(response: RawResponse): boolean {
  return (response.json?.errors ?? []).some((error) => error.extensions?.stacktrace !== undefined);
}
