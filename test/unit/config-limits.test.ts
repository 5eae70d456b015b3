import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig: limits, CORS and read auth', () => {
  it('has safe defaults', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({
      maxDepth: 10,
      maxCost: 10_000,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 1000,
      maxBodyBytes: 100_000,
      maxPageSize: 100,
      requestTimeoutMs: 10_000,
      cypherTimeoutMs: 5_000,
      maxResponseBytes: 4_000_000,
      rateLimitMax: 6_000,
      rateLimitWindowMs: 60_000,
    });
    expect(config.analytics).toEqual({ workers: 1, cacheTtlMs: 300_000 });
    expect(config.http.corsOrigins).toEqual([]);
    expect(config.auth.readsRequireAuth).toBe(false);
  });

  it('reads every limit from its variable', () => {
    const config = loadConfig({
      MAX_DEPTH: '4',
      MAX_COST: '250',
      MAX_ALIASES: '0',
      MAX_DIRECTIVES: '3',
      MAX_TOKENS: '200',
      MAX_BODY_BYTES: '2048',
      MAX_PAGE_SIZE: '25',
      REQUEST_TIMEOUT_MS: '3000',
      CYPHER_TIMEOUT_MS: '2500',
      MAX_RESPONSE_BYTES: '65536',
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WINDOW_MS: '1000',
      ANALYTICS_WORKERS: '2',
      ANALYTICS_CACHE_TTL_MS: '0',
      READS_REQUIRE_AUTH: 'yes',
    });
    expect(config.limits).toEqual({
      maxDepth: 4,
      maxCost: 250,
      maxAliases: 0,
      maxDirectives: 3,
      maxTokens: 200,
      maxBodyBytes: 2048,
      maxPageSize: 25,
      requestTimeoutMs: 3000,
      cypherTimeoutMs: 2500,
      maxResponseBytes: 65_536,
      rateLimitMax: 0,
      rateLimitWindowMs: 1000,
    });
    expect(config.analytics).toEqual({ workers: 2, cacheTtlMs: 0 });
    expect(config.auth.readsRequireAuth).toBe(true);
  });

  it('reads CORS origins as a list, or * for any', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://peacegraph.example, http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://peacegraph.example',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: ' ' }).http.corsOrigins).toEqual([]);
  });

  it('leaves the existing sections as they were', () => {
    const config = loadConfig({ API_KEYS: 'alice:0123456789abcdef:admin' });
    expect(config.auth.apiKeys).toEqual([{ name: 'alice', key: '0123456789abcdef', role: 'admin' }]);
    expect(config.graphql).toEqual({ introspection: true, landingPage: true, compiledExecution: true });
  });

  it.each([
    [{ MAX_DEPTH: '0' }, /MAX_DEPTH must be between 1 and 100, got 0/],
    [{ MAX_DEPTH: 'deep' }, /MAX_DEPTH must be a whole number, got "deep"/],
    [{ MAX_COST: '-5' }, /MAX_COST must be a whole number, got "-5"/],
    [{ MAX_ALIASES: '1.5' }, /MAX_ALIASES must be a whole number/],
    [{ MAX_DIRECTIVES: '100000' }, /MAX_DIRECTIVES must be between 0 and 1000/],
    [{ MAX_TOKENS: '5' }, /MAX_TOKENS must be between 10 and 100000/],
    [{ MAX_BODY_BYTES: '1mb' }, /MAX_BODY_BYTES must be a whole number, got "1mb"/],
    [{ MAX_PAGE_SIZE: '0' }, /MAX_PAGE_SIZE must be between 1 and 10000/],
    [{ REQUEST_TIMEOUT_MS: '10' }, /REQUEST_TIMEOUT_MS must be between 100 and 600000/],
    [{ CYPHER_TIMEOUT_MS: '10000' }, /CYPHER_TIMEOUT_MS must be below REQUEST_TIMEOUT_MS \(10000\), got 10000/],
    [{ REQUEST_TIMEOUT_MS: '2000' }, /CYPHER_TIMEOUT_MS must be below REQUEST_TIMEOUT_MS \(2000\), got 5000/],
    [{ MAX_RESPONSE_BYTES: '10' }, /MAX_RESPONSE_BYTES must be between 1000 and 1000000000/],
    [{ RATE_LIMIT_MAX: 'lots' }, /RATE_LIMIT_MAX must be a whole number/],
    [{ RATE_LIMIT_WINDOW_MS: '10' }, /RATE_LIMIT_WINDOW_MS must be between 1000 and 86400000/],
    [{ ANALYTICS_WORKERS: '65' }, /ANALYTICS_WORKERS must be between 0 and 64/],
    [{ READS_REQUIRE_AUTH: 'sometimes' }, /READS_REQUIRE_AUTH must be true or false, got "sometimes"/],
    [
      { CORS_ORIGINS: 'https://ok.example,https://bad.example/' },
      /CORS_ORIGINS entry 2 must be an origin like https:\/\/example.org/,
    ],
    [{ CORS_ORIGINS: 'peacegraph.example' }, /CORS_ORIGINS entry 1 must be an origin/],
    [{ CORS_ORIGINS: 'ftp://files.example' }, /CORS_ORIGINS entry 1 must be an origin/],
  ])('names the bad variable and the reason: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
