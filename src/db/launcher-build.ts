import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import { hasMaven, MissingPrerequisiteError } from './java-prerequisites';

const launcherDir = path.join(repoRoot, 'launcher');
const classesDir = path.join(launcherDir, 'target', 'classes');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
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
  return [classesDir, dependencies].join(path.delimiter);
}

function isBuildFresh(): boolean {
  const classFile = path.join(classesDir, 'peacegraph', 'EmbeddedNeo4j.class');
  if (!fs.existsSync(classFile) || !fs.existsSync(classpathFile)) return false;
  const built = Math.min(fs.statSync(classFile).mtimeMs, fs.statSync(classpathFile).mtimeMs);
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
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const maven = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    maven.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    maven.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    maven.on('error', reject);
    maven.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`Building the embedded Neo4j launcher failed (mvn exit ${code}):\n${output.join('').slice(-4000)}`);
  }
}
