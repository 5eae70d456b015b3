// Runs `neo4j-admin database import full` from the Neo4j jars the embedded
// launcher already resolves (neo4j-import-tool ships with org.neo4j:neo4j),
// so a bulk import needs no Neo4j install of its own. The importer writes
// store files directly: only into a store that does not exist yet, with no
// Neo4j running on it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { NEO4J_ADD_OPENS } from './jvm-options';
import { launcherClasspath } from './launcher-build';

export interface AdminImportFile {
  /** `Entity:Actor` for nodes, the type for relationships; empty when the file names its labels or type in a column. */
  labelsOrType: string;
  /** Read as one: the first line of the first file is the header. */
  files: string[];
  /** Some field holds a line break. */
  multiline: boolean;
}

export interface AdminImportOptions {
  /** NEO4J_HOME: the database goes to <home>/data/databases/<database>, where the embedded launcher opens it. */
  home: string;
  database?: string;
  nodes: readonly AdminImportFile[];
  relationships: readonly AdminImportFile[];
  arrayDelimiter: string;
  /** The importer's JVM heap and the memory it may take outside it. */
  heapMb: number;
  offHeapMb: number;
  /** Working directory (relative file names resolve here). */
  cwd?: string;
}

export interface AdminImportSummary {
  nodes: number;
  relationships: number;
  properties: number;
  output: string;
}

/** The importer refused the files or failed; `output` is what it printed. */
export class AdminImportError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
    this.name = 'AdminImportError';
  }
}

/** True when a database directory already exists under `home` (the importer would refuse it, or overwrite it if told to). */
export function storeExists(home: string, database = 'neo4j'): boolean {
  return fs.existsSync(path.join(home, 'data', 'databases', database));
}

/**
 * Imports the CSV files into a new database under `home` and returns the
 * importer's own counts. Any bad row fails the whole import (no tolerance,
 * no skipped relationships, no skipped duplicates): the files come from a
 * validated corpus, so a bad row is a bug to hear about, not data to lose.
 * A failed import leaves no half-built database behind.
 */
export async function runAdminImport(options: AdminImportOptions): Promise<AdminImportSummary> {
  const database = options.database ?? 'neo4j';
  if (storeExists(options.home, database)) {
    throw new AdminImportError(
      `A database already exists at ${path.join(options.home, 'data', 'databases', database)}: a bulk import only creates a new one`,
      '',
    );
  }
  const conf = path.join(options.home, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  const reportFile = path.join(options.home, 'logs', 'import.report');
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  const fileArgument = (kind: string, { labelsOrType, files }: AdminImportFile) => {
    const comma = files.find((file) => file.includes(','));
    if (comma)
      throw new AdminImportError(
        `An import file's path holds a comma, which separates files in the importer's arguments: ${comma}`,
        '',
      );
    return `--${kind}=${labelsOrType ? `${labelsOrType}=` : ''}${files.join(',')}`;
  };
  const args = [
    `-Xmx${options.heapMb}m`,
    ...importerJitAndGcOptions([...options.nodes, ...options.relationships], options.cwd),
    ...NEO4J_ADD_OPENS,
    '-cp',
    await launcherClasspath(),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    database,
    ...multilineArguments([...options.nodes, ...options.relationships]),
    `--array-delimiter=${options.arrayDelimiter}`,
    '--verbose',
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${reportFile}`,
    `--max-off-heap-memory=${options.offHeapMb}m`,
    ...options.nodes.map((file) => fileArgument('nodes', file)),
    ...options.relationships.map((file) => fileArgument('relationships', file)),
  ];
  const { code, output } = await runJava(args, {
    cwd: options.cwd,
    env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf },
  });
  // Kept beside the report: the importer's stages and timings, or the whole story of a failure.
  fs.writeFileSync(path.join(options.home, 'logs', 'neo4j-admin-import.log'), output);
  if (code !== 0) {
    // What the failed import built: there was no database before it (checked above), so nobody's data is lost.
    for (const dir of ['databases', 'transactions'])
      fs.rmSync(path.join(options.home, 'data', dir, database), { recursive: true, force: true });
    throw new AdminImportError(`neo4j-admin database import failed (exit ${code}):\n${reasonOf(output)}`, output);
  }
  const count = (what: string) => Number(new RegExp(`^\\s*(\\d+) ${what}\\s*$`, 'm').exec(output)?.[1] ?? NaN);
  return { nodes: count('nodes'), relationships: count('relationships'), properties: count('properties'), output };
}

/** Below this much CSV the importer runs on C1-compiled code alone (see importerJitAndGcOptions). */
export const C1_ONLY_BELOW_BYTES = 256 * 1024 * 1024;

/**
 * The importer is a batch job on few cores, so it takes the throughput
 * collector rather than G1; and a small import is over before C2's
 * compilations pay for the core they take from it, so below
 * C1_ONLY_BELOW_BYTES of files it stops at C1. At 100k statements (64 MB of
 * CSV, 2 cores) the importer took 18.5-19.1 s against 24.1-28.2 s with
 * the JVM's defaults and 19.3-27.2 s with the collector alone (its node
 * stage, where the compiling happens, 5 s against 9-14 s). A large import
 * keeps the tiered compiler: C2's faster code has a minute and more to pay
 * back (not measured at 1M with C1 alone).
 */
export function importerJitAndGcOptions(files: readonly AdminImportFile[], cwd = process.cwd()): string[] {
  const bytes = files.flatMap((file) => file.files).reduce((sum, file) => sum + sizeOf(path.resolve(cwd, file)), 0);
  return ['-XX:+UseParallelGC', ...(bytes < C1_ONLY_BELOW_BYTES ? ['-XX:TieredStopAtLevel=1'] : [])];
}

/** A missing file counts nothing here: the importer names it in its own error. */
function sizeOf(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

/**
 * Line breaks inside fields need the importer's multiline reading, which it
 * then applies to every file (format v1). Its v2, which names the files,
 * misread a quoted field that crossed its read buffer at 100k statements
 * ("CR outside a text cell"), and v1 measured no slower here.
 */
function multilineArguments(files: readonly AdminImportFile[]): string[] {
  return files.some((file) => file.multiline) ? ['--multiline-fields=true'] : [];
}

function runJava(
  args: string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const chunks: string[] = [];
    const java = spawn('java', args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    java.stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    java.stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    java.on('error', reject);
    java.on('close', (code) => resolve({ code, output: chunks.join('') }));
  });
}

/** The importer's own words for what went wrong (its error and cause lines, not the stack), else the end of its output. */
function reasonOf(output: string): string {
  const lines = output.split('\n').map((line) => line.trimEnd());
  const reasons = [
    ...new Set(
      lines.filter(
        (line) => /error|exception|caused by|not found|duplicate|invalid|missing/i.test(line) && !/^\s+at /.test(line),
      ),
    ),
  ];
  return (reasons.length > 0 ? reasons.slice(0, 8) : lines.filter(Boolean).slice(-25)).join('\n');
}
