// Runs the real `neo4j-admin database import full` on a CSV export, through
// the same runner the bulk seeder uses (src/db/neo4j-admin-import.ts): the
// importer ships in the Neo4j jars the embedded launcher already uses
// (neo4j-import-tool), so the test needs no Neo4j install of its own.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { AdminImportSummary, runAdminImport } from '../../src/db/neo4j-admin-import';

const classpathFile = path.join(repoRoot, 'launcher', 'target', 'classpath.txt');

export function neo4jAdminAvailable(): boolean {
  return fs.existsSync(classpathFile) && fs.readFileSync(classpathFile, 'utf8').includes('neo4j-import-tool');
}

/**
 * Imports the CSV files in `csvDir` into a new database under `home` with
 * the options the export's command names (neo4j-admin-import.txt: labels
 * and types in the files, ";" between list items, multiline fields), and
 * returns the importer's own counts.
 */
export function neo4jAdminImport(home: string, csvDir: string): Promise<AdminImportSummary> {
  const files = fs
    .readdirSync(csvDir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  const entry = (name: string) => ({ labelsOrType: '', files: [name], multiline: true });
  return runAdminImport({
    home,
    cwd: csvDir,
    nodes: files.filter((name) => name.startsWith('nodes-')).map(entry),
    relationships: files.filter((name) => !name.startsWith('nodes-')).map(entry),
    arrayDelimiter: ';',
    heapMb: 512,
    offHeapMb: 256,
  });
}
