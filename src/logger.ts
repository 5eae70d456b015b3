import pino, { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one object per line. */
export function createLogger(level: string, name = 'peacegraph'): Logger {
  return pino({ name, level, base: { service: name } });
}
