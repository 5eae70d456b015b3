import { spawnSync } from 'node:child_process';

/** The one line a user sees when the embedded database cannot be started here. */
export class MissingPrerequisiteError extends Error {
  constructor(what: string) {
    super(
      `Embedded Neo4j needs ${what}: install it (Debian: apt-get install openjdk-17-jdk-headless maven), ` +
        'or point at a running server with NEO4J_URI=neo4j://host:7687 (plus NEO4J_USER, NEO4J_PASSWORD).',
    );
    this.name = 'MissingPrerequisiteError';
  }
}

/** Java's major version from `java -version`, or undefined when there is no java. */
export function javaMajorVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return undefined;
  // Java 8 and older report "1.8"; from 9 on the first number is the major.
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

export function hasMaven(): boolean {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !result.error && result.status === 0;
}

export function requireJava17(): void {
  const major = javaMajorVersion();
  if (major === undefined) throw new MissingPrerequisiteError('Java 17 or newer (no `java` on PATH)');
  if (major < 17) throw new MissingPrerequisiteError(`Java 17 or newer (found Java ${major})`);
}
