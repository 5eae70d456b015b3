import path from 'node:path';

/**
 * Everything the process can be told from outside, read once from the
 * environment and validated, so a typo fails at start with the variable's
 * name instead of surfacing later as odd behaviour.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  neo4j: Neo4jConfig;
  seed: { dir: string; onStart: boolean };
  auth: { apiKeys: ApiKey[]; readsRequireAuth: boolean };
  graphql: { introspection: boolean; landingPage: boolean; compiledExecution: boolean };
  limits: Limits;
  http: { corsOrigins: CorsOrigins };
  /** Restarting the embedded Neo4j when it dies (src/db/neo4j-supervisor.ts). */
  supervision: { restartAttempts: number; restartBackoffMs: number };
  /** /ready answers within `timeoutMs`; a ping that needs longer means load, not an outage. */
  readiness: { timeoutMs: number };
  /** Run the example operations once after a start, before /ready says ready (src/graphql/warm-up.ts). */
  warmup: boolean;
  analytics: AnalyticsConfig;
}

/** Where the graph algorithms run and how long their results are kept. */
export interface AnalyticsConfig {
  /** Worker threads for analytics and exports, off the event loop; 0 runs them on it, uncached (for comparison only). */
  workers: number;
  /** Longest a cached result is served; a backstop for writes the graph version cannot see. */
  cacheTtlMs: number;
}

/**
 * What one request may ask of the server. The defaults admit every query the
 * front end sends with room to spare and refuse the ones that only an
 * attacker (or a runaway loop) would write; docs/security.md lists them.
 */
export interface Limits {
  /** Deepest selection nesting (graphql-armor maxDepth; introspection exempt). */
  maxDepth: number;
  /** Priced before execution (src/http/query-cost.ts): a field 1, a page x its size, analytics by their work. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexer tokens in the document, counted while parsing. */
  maxTokens: number;
  /** JSON body size; bigger bodies get 413 before they are parsed. */
  maxBodyBytes: number;
  /** Most items one page may ask for (`first`/`limit` arguments). */
  maxPageSize: number;
  /** Whole request, body upload included; then 503 REQUEST_TIMEOUT. */
  requestTimeoutMs: number;
  /** Neo4j transaction timeout for request queries; below requestTimeoutMs. */
  cypherTimeoutMs: number;
  /** Largest JSON answer; a bigger one is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Requests one client (API key, else address) may send per window; 0 turns the limit off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
}

/** '*' for any origin; an empty list sends no CORS headers (same origin only). */
export type CorsOrigins = '*' | string[];

export interface Neo4jConfig {
  /** Absent: start the embedded Neo4j. */
  uri?: string;
  user: string;
  password: string;
  database: string;
  /** jvmOptions: extra flags for the launcher JVM, e.g. a class-data-sharing archive (the tests use one). */
  embedded: { home: string; pageCacheMb: number; heapMb: number; jvmOptions: string[] };
}

export interface ApiKey {
  name: string;
  key: string;
  /** reader: may read when READS_REQUIRE_AUTH is on; editor and admin may also write. */
  role: 'reader' | 'editor' | 'admin';
}

export class ConfigError extends Error {
  constructor(variable: string, reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  return {
    env: nodeEnv,
    host: text(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    neo4j: {
      uri: optionalUri(env, 'NEO4J_URI'),
      user: text(env, 'NEO4J_USER', 'neo4j'),
      password: text(env, 'NEO4J_PASSWORD', ''),
      database: text(env, 'NEO4J_DATABASE', 'neo4j'),
      embedded: {
        home: path.resolve(repoRoot, text(env, 'NEO4J_EMBEDDED_HOME', '.neo4j/data')),
        pageCacheMb: integer(env, 'NEO4J_EMBEDDED_PAGECACHE_MB', 64, 8, 1 << 20),
        heapMb: integer(env, 'NEO4J_EMBEDDED_HEAP_MB', 512, 128, 1 << 20),
        jvmOptions: text(env, 'NEO4J_EMBEDDED_JVM_OPTIONS', '').split(/\s+/).filter(Boolean),
      },
    },
    seed: {
      dir: path.resolve(repoRoot, text(env, 'SEED_DIR', 'seed')),
      onStart: boolean(env, 'SEED_ON_START', true),
    },
    auth: { apiKeys: apiKeys(env, 'API_KEYS'), readsRequireAuth: boolean(env, 'READS_REQUIRE_AUTH', false) },
    graphql: {
      introspection: boolean(env, 'GRAPHQL_INTROSPECTION', !production),
      landingPage: boolean(env, 'GRAPHQL_SANDBOX', !production),
      compiledExecution: boolean(env, 'GRAPHQL_COMPILED_EXECUTION', true),
    },
    limits: limits(env),
    http: { corsOrigins: corsOrigins(env, 'CORS_ORIGINS') },
    analytics: {
      workers: integer(env, 'ANALYTICS_WORKERS', 1, 0, 64),
      cacheTtlMs: integer(env, 'ANALYTICS_CACHE_TTL_MS', 300_000, 0, 86_400_000),
    },
    supervision: {
      restartAttempts: integer(env, 'NEO4J_RESTART_ATTEMPTS', 5, 0, 1_000),
      restartBackoffMs: integer(env, 'NEO4J_RESTART_BACKOFF_MS', 1_000, 0, 600_000),
    },
    readiness: { timeoutMs: integer(env, 'READY_TIMEOUT_MS', 2_000, 100, 60_000) },
    warmup: onOff(env, 'WARMUP', true),
  };
}

function limits(env: Env): Limits {
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 600_000);
  const cypherTimeoutMs = integer(env, 'CYPHER_TIMEOUT_MS', 5_000, 50, 600_000);
  // A Cypher timeout at or above the request's would leave the database
  // working on queries whose clients were already told "timed out".
  if (cypherTimeoutMs >= requestTimeoutMs) {
    throw new ConfigError(
      'CYPHER_TIMEOUT_MS',
      `must be below REQUEST_TIMEOUT_MS (${requestTimeoutMs}), got ${cypherTimeoutMs}`,
    );
  }
  return {
    maxDepth: integer(env, 'MAX_DEPTH', 10, 1, 100),
    maxCost: integer(env, 'MAX_COST', 10_000, 1, 10_000_000),
    maxAliases: integer(env, 'MAX_ALIASES', 15, 0, 1_000),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', 50, 0, 1_000),
    maxTokens: integer(env, 'MAX_TOKENS', 1_000, 10, 100_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 100_000, 1_000, 50_000_000),
    maxPageSize: integer(env, 'MAX_PAGE_SIZE', 100, 1, 10_000),
    requestTimeoutMs,
    cypherTimeoutMs,
    maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', 4_000_000, 1_000, 1_000_000_000),
    // 100 requests a second on average, in bursts of up to 6000: far above
    // a person using a front end, and twice the largest burst of the test
    // suite (the hardening suite's 2,592 injection probes and ~300 other
    // requests from one address, in about a minute on a fast machine).
    rateLimitMax: integer(env, 'RATE_LIMIT_MAX', 6_000, 0, 10_000_000),
    rateLimitWindowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1_000, 86_400_000),
  };
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** `on`/`off`, as well as everything boolean() takes. */
function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  try {
    return boolean(env, name, fallback);
  } catch {
    throw new ConfigError(name, `must be on or off, got "${env[name]}"`);
  }
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function optionalUri(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(raw)) {
    throw new ConfigError(name, `must look like neo4j://host:7687 or bolt://host:7687, got "${raw}"`);
  }
  return raw;
}

/** `CORS_ORIGINS=https://a.example,http://localhost:5173`, or `*`. */
function corsOrigins(env: Env, name: string): CorsOrigins {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return [];
  if (raw === '*') return '*';
  return raw.split(',').map((entry, index) => {
    const origin = entry.trim();
    // The browser's Origin header never has a path or a trailing slash, so
    // an entry with one would silently never match.
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(origin)) {
      throw new ConfigError(
        name,
        `entry ${index + 1} must be an origin like https://example.org or http://localhost:5173 (no path), got "${origin}"`,
      );
    }
    return origin.toLowerCase();
  });
}

/** `API_KEYS=name:key:role,...` where role is reader, editor (the default) or admin. */
function apiKeys(env: Env, name: string): ApiKey[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry, index) => {
    const [keyName, key, role = 'editor'] = entry.trim().split(':');
    if (!keyName || !key) throw new ConfigError(name, `entry ${index + 1} must be name:key[:role]`);
    if (key.length < 16)
      throw new ConfigError(name, `entry ${index + 1} ("${keyName}") has a key shorter than 16 characters`);
    if (role !== 'reader' && role !== 'editor' && role !== 'admin') {
      throw new ConfigError(name, `entry ${index + 1} ("${keyName}") has role "${role}"; use reader, editor or admin`);
    }
    return { name: keyName, key, role };
  });
}
