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
  auth: { apiKeys: ApiKey[] };
  graphql: { introspection: boolean; landingPage: boolean };
}

export interface Neo4jConfig {
  /** Absent: start the embedded Neo4j. */
  uri?: string;
  user: string;
  password: string;
  database: string;
  embedded: { home: string; pageCacheMb: number; heapMb: number };
}

export interface ApiKey {
  name: string;
  key: string;
  role: 'editor' | 'admin';
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
      },
    },
    seed: {
      dir: path.resolve(repoRoot, text(env, 'SEED_DIR', 'seed')),
      onStart: boolean(env, 'SEED_ON_START', true),
    },
    auth: { apiKeys: apiKeys(env, 'API_KEYS') },
    graphql: {
      introspection: boolean(env, 'GRAPHQL_INTROSPECTION', !production),
      landingPage: boolean(env, 'GRAPHQL_SANDBOX', !production),
    },
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

/** `API_KEYS=name:key:role,...` where role is editor or admin. */
function apiKeys(env: Env, name: string): ApiKey[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry, index) => {
    const [keyName, key, role = 'editor'] = entry.trim().split(':');
    if (!keyName || !key) throw new ConfigError(name, `entry ${index + 1} must be name:key[:role]`);
    if (key.length < 16) throw new ConfigError(name, `entry ${index + 1} ("${keyName}") has a key shorter than 16 characters`);
    if (role !== 'editor' && role !== 'admin') {
      throw new ConfigError(name, `entry ${index + 1} ("${keyName}") has role "${role}"; use editor or admin`);
    }
    return { name: keyName, key, role };
  });
}
