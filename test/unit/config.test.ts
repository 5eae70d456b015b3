import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j, port 4000 and development mode', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.env).toBe('development');
    expect(config.graphql).toEqual({ introspection: true, landingPage: true, compiledExecution: true });
    expect(config.neo4j.embedded.pageCacheMb).toBe(64);
  });

  it('compiles execution unless GRAPHQL_COMPILED_EXECUTION=false, and refuses a value that is no boolean', () => {
    expect(loadConfig({ GRAPHQL_COMPILED_EXECUTION: 'false' }).graphql.compiledExecution).toBe(false);
    expect(loadConfig({ GRAPHQL_COMPILED_EXECUTION: 'true' }).graphql.compiledExecution).toBe(true);
    expect(() => loadConfig({ GRAPHQL_COMPILED_EXECUTION: 'sometimes' })).toThrow(/GRAPHQL_COMPILED_EXECUTION/);
  });

  it('turns introspection and the Sandbox off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphql).toEqual({
      introspection: false,
      landingPage: false,
      compiledExecution: true,
    });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
  });

  it('accepts neo4j:// routing URIs for clusters and Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number, got "eighty"/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must look like neo4j:\/\/host:7687/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be one of development, production, test/],
    [{ SEED_ON_START: 'maybe' }, /SEED_ON_START must be true or false/],
    [{ API_KEYS: 'alice:short' }, /API_KEYS entry 1 \("alice"\) has a key shorter than 16 characters/],
    [
      { API_KEYS: 'alice:0123456789abcdef:root' },
      /API_KEYS entry 1 \("alice"\) has role "root"; use reader, editor or admin/,
    ],
  ])('names the bad variable and the reason: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads API keys with their roles', () => {
    expect(loadConfig({ API_KEYS: 'alice:0123456789abcdef:admin,bob:fedcba9876543210' }).auth.apiKeys).toEqual([
      { name: 'alice', key: '0123456789abcdef', role: 'admin' },
      { name: 'bob', key: 'fedcba9876543210', role: 'editor' },
    ]);
  });
});
