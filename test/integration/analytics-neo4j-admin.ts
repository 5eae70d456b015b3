// Runs the real `neo4j-admin database import full` on a CSV export: the
// importer ships in the Neo4j jars the embedded launcher already uses
// (neo4j-import-tool), so the test needs no Neo4j install of its own.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/config';

const classpathFile = path.join(repoRoot, 'launcher', 'target', 'classpath.txt');

/** Same module openings the embedded launcher passes to the JVM. */
const OPENS = ['java.base/java.lang', 'java.base/java.nio', 'java.base/java.io', 'java.base/java.util', 'java.base/java.util.concurrent', 'java.base/sun.nio.ch'];

export function neo4jAdminAvailable(): boolean {
  return fs.existsSync(classpathFile) && fs.readFileSync(classpathFile, 'utf8').includes('neo4j-import-tool');
}

export interface ImportSummary {
  nodes: number;
  relationships: number;
  properties: number;
  output: string;
}

/**
 * Imports the CSV files in `csvDir` into a new database under `home` with
 * the command the export writes (neo4j-admin-import.txt), and returns the
 * importer's own counts.
 */
export async function neo4jAdminImport(home: string, csvDir: string): Promise<ImportSummary> {
  const files = fs.readdirSync(csvDir).filter((name) => name.endsWith('.csv')).sort();
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  const classpath = [path.join(repoRoot, 'launcher', 'target', 'classes'), fs.readFileSync(classpathFile, 'utf8').trim()].join(path.delimiter);
  const args = [
    '-Xmx512m',
    ...OPENS.map((module) => `--add-opens=${module}=ALL-UNNAMED`),
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--multiline-fields=true',
    '--array-delimiter=;',
    '--max-off-heap-memory=256m',
    ...files.map((name) => (name.startsWith('nodes-') ? `--nodes=${name}` : `--relationships=${name}`)),
  ];
  const { stdout, stderr } = await promisify(execFile)('java', args, {
    cwd: csvDir,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    maxBuffer: 16 * 1024 * 1024,
  });
  const output = `${stdout}\n${stderr}`;
  const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(output)?.[1] ?? NaN);
  return { nodes: count('nodes'), relationships: count('relationships'), properties: count('properties'), output };
}
