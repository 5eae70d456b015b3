import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig: supervision, readiness and warm-up', () => {
  it('defaults to restarting a dead Neo4j 5 times from 1 s, a 2 s /ready deadline and the warm-up on', () => {
    const config = loadConfig({});
    expect(config.supervision).toEqual({ restartAttempts: 5, restartBackoffMs: 1_000 });
    expect(config.readiness).toEqual({ timeoutMs: 2_000 });
    expect(config.warmup).toBe(true);
  });

  it('reads them from their variables', () => {
    const config = loadConfig({
      NEO4J_RESTART_ATTEMPTS: '0',
      NEO4J_RESTART_BACKOFF_MS: '250',
      READY_TIMEOUT_MS: '500',
      WARMUP: 'off',
    });
    expect(config.supervision).toEqual({ restartAttempts: 0, restartBackoffMs: 250 });
    expect(config.readiness.timeoutMs).toBe(500);
    expect(config.warmup).toBe(false);
    expect(loadConfig({ WARMUP: 'on' }).warmup).toBe(true);
    expect(loadConfig({ WARMUP: 'false' }).warmup).toBe(false);
  });

  it.each([
    [{ WARMUP: 'sometimes' }, 'WARMUP must be on or off'],
    [{ NEO4J_RESTART_ATTEMPTS: '-1' }, 'NEO4J_RESTART_ATTEMPTS must be a whole number'],
    [{ READY_TIMEOUT_MS: '10' }, 'READY_TIMEOUT_MS must be between 100 and 60000'],
  ])('names the bad variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
