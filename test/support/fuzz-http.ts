import { nested } from './fuzz-values';

// Hostile requests at the HTTP routes themselves: bodies that are not JSON
// or not GraphQL, wrong content types, deep JSON, odd methods, and hostile
// query strings for /explore/data.json and the static files beside it.

export interface FuzzRequest {
  /** "POST /graphql", the count key. */
  route: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

export function httpRequests(seedStrings: string[]): FuzzRequest[] {
  const post = (body: string | Uint8Array, headers: Record<string, string> = JSON_TYPE): FuzzRequest => ({
    route: 'POST /graphql',
    method: 'POST',
    path: '/graphql',
    headers,
    body,
  });
  const bodies = [
    '',
    '{',
    'null',
    '1',
    '"query"',
    '[]',
    '[{"query":"{ graphStats { __typename } }"}]',
    '{}',
    '{"query":1}',
    '{"query":null}',
    '{"query":["{ graphStats { __typename } }"]}',
    '{"query":"{"}',
    '{"query":"{ graphStats { __typename } }","variables":"x"}',
    '{"query":"{ graphStats { __typename } }","variables":[]}',
    '{"query":"{ graphStats { __typename } }","operationName":{}}',
    '{"query":"{ graphStats { __typename } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}',
    `{"query":"{ graphStats { __typename } }","variables":{"v":${deepObject(5000)}}}`,
    `{"query":"{ graphStats { __typename } }","extensions":${deepObject(100)}}`,
    `{"query":"${'{ a '.repeat(3000)}"}`,
    `{"query":"query { ${Array.from({ length: 200 }, (_, i) => `a${i}: graphStats { __typename }`).join(' ')} }"}`,
    `{"query":"${'x'.repeat(200_000)}"}`,
    '{"query":"{ graphStats { __typename } }","__proto__":{"polluted":true}}',
    '{"query":"{ __schema { types { name fields { name args { name } } } } }"}',
    '{"query":"mutation { __typename }"}',
    '{"query":"subscription { __typename }"}',
    '{"query":"query A { graphStats { __typename } } query B { graphStats { __typename } }"}',
    '\ufeff{"query":"{ graphStats { __typename } }"}',
  ];
  const requests: FuzzRequest[] = bodies.map((body) => post(body));
  requests.push(post(JSON.stringify({ query: `{ actors(first: 1) { nodes { ${nested(60, 'id')} } } }` })));
  requests.push(post(new Uint8Array([0xff, 0xfe, 0x00, 0x7b])));
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql',
    'application/json; charset=latin1',
    'application/json; charset=utf-16',
    'application/xml',
    '',
  ]) {
    requests.push(post('{"query":"{ graphStats { __typename } }"}', type ? { 'content-type': type } : {}));
  }
  requests.push(post('not gzip at all', { ...JSON_TYPE, 'content-encoding': 'gzip' }));
  requests.push(post('{"query":"{ graphStats { __typename } }"}', { ...JSON_TYPE, 'content-encoding': 'br, x' }));

  const get = (query: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) => ({
    route: 'GET /graphql',
    method: 'GET',
    path: `/graphql?${query}`,
    headers,
  });
  const q = encodeURIComponent;
  requests.push(
    get(''),
    get(`query=${q('{ graphStats { __typename } }')}`, {}),
    get(`query=${q('{ graphStats { __typename } }')}`),
    get(`query=${q('mutation { __typename }')}`),
    get(`query=${q('{ graphStats { __typename } }')}&query=x`),
    get(`query=${q('{ graphStats { __typename } }')}&variables=${q('{')}`),
    get(`query=${q('{ graphStats { __typename } }')}&variables=${q('[1]')}`),
    get(`query=${q('{ graphStats { __typename } }')}&variables=${q(deepObject(500))}`),
    get(`query=${q('{ graphStats { __typename } }')}&extensions=${q(deepObject(500))}`),
    get(`query[a]=b&variables[x]=1`),
    get(`query=%E0%A4%A`),
    get(`query=${q('{')}`),
  );
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    requests.push({ route: `${method} /graphql`, method, path: '/graphql', headers: JSON_TYPE, body: '{}' });
  }

  const explore = (query: string) => ({
    route: 'GET /explore/data.json',
    method: 'GET',
    path: `/explore/data.json?${query}`,
  });
  for (const value of seedStrings.slice(0, 30)) {
    requests.push(explore(`articles=${q(value)}`), explore(`level=${q(value)}`));
  }
  requests.push(
    explore('articles='),
    explore('articles=,,,'),
    explore('articles=article-999'),
    explore(`articles=${Array.from({ length: 200 }, (_, i) => `article-${i}`).join(',')}`),
    explore(`articles=${'a'.repeat(6000)}`),
    explore('articles=a&articles=b'),
    explore('articles[]=a'),
    explore('articles[a]=b'),
    explore('level=ACTOR&level=SIDE'),
    explore('level=side'),
    explore('%'),
    explore('articles=%E0%A4%A'),
  );
  for (const path of [
    '/explore',
    '/explore/',
    '/explore/%',
    '/explore/%E0%A4%A',
    '/explore/..%2f..%2fpackage.json',
    '/explore/../../package.json',
    '/explore/%2e%2e/%2e%2e/package.json',
    '/explore/index.html%00.js',
    '/explore/cytoscape.min.js?x=%',
    '/explore/nope.json',
    '/health?x=%',
    '/ready?x=%',
    '/nope',
    '/%',
  ]) {
    requests.push({ route: 'GET static and unknown', method: 'GET', path });
  }
  for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'HEAD']) {
    for (const path of ['/health', '/ready']) {
      requests.push({
        route: `${method} ${path}`,
        method,
        path,
        headers: JSON_TYPE,
        body: method === 'GET' || method === 'HEAD' ? undefined : '{"x":',
      });
    }
  }
  return requests;
}
