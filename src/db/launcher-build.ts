import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import { hasMaven, MissingPrerequisiteError } from './java-prerequisites';

const launcherDir = path.join(repoRoot, 'launcher');
const classesDir = path.join(launcherDir, 'target', 'classes');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
// The launcher's classes as a jar: the JVM can keep classes from jars only,
// not from a directory, in a class-data-sharing archive (-XX:SharedArchiveFile),
// which roughly halves the start of Neo4j.
const launcherJar = path.join(launcherDir, 'target', 'neo4j-embedded-launcher.jar');
const sources = [
  path.join(launcherDir, 'pom.xml'),
  path.join(launcherDir, 'src/main/java/peacegraph/EmbeddedNeo4j.java'),
];

/**
 * The Java classpath of the embedded launcher, building it with Maven when
 * the sources are newer than the last build. The first build downloads the
 * Neo4j jars into Maven's local repository; later builds reuse them.
 */
export async function launcherClasspath(): Promise<string> {
  if (!isBuildFresh()) await buildLauncher();
  const dependencies = fs.readFileSync(classpathFile, 'utf8').trim();
  return [launcherJar, dependencies].join(path.delimiter);
}

function isBuildFresh(): boolean {
  const outputs = [path.join(classesDir, 'peacegraph', 'EmbeddedNeo4j.class'), classpathFile, launcherJar];
  if (!outputs.every((output) => fs.existsSync(output))) return false;
  const built = Math.min(...outputs.map((output) => fs.statSync(output).mtimeMs));
  return sources.every((source) => fs.statSync(source).mtimeMs <= built);
}

async function buildLauncher(): Promise<void> {
  if (!hasMaven()) throw new MissingPrerequisiteError('Maven 3 (no `mvn` on PATH) to fetch the Neo4j jars');
  const args = [
    '-q',
    '-B',
    '-f',
    path.join(launcherDir, 'pom.xml'),
    'compile',
    'dependency:build-classpath',
    `-Dmdep.outputFile=${classpathFile}`,
  ];
  await run('mvn', args);
  // Maven leaves an unchanged classpath file as it was, older than the
  // sources: touched, the next freshness check finds the build done instead
  // of building (and rewriting the jar, which voids a class-sharing archive) again.
  const now = new Date();
  fs.utimesSync(classpathFile, now, now);
  // The JDK's own jar tool: Maven's jar plugin would be one more download.
  await run('jar', ['--create', '--file', launcherJar, '-C', classesDir, '.']);
}

async function run(command: string, args: string[]): Promise<void> {
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `Building the embedded Neo4j launcher failed (${command} exit ${code}):\n${output.join('').slice(-4000)}`,
    );
  }
}
