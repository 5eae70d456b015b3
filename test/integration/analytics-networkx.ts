// Runs test/support/networkx_check.py on a GraphML export and returns what
// networkx computed, for the tests to hold our numbers against.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/config';

export interface NetworkxReport {
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  edges: number;
  in_degree?: Record<string, number>;
  out_degree?: Record<string, number>;
  weighted_in_degree?: Record<string, number>;
  weighted_out_degree?: Record<string, number>;
  pagerank?: Record<string, number>;
  betweenness?: Record<string, number>;
  degree?: Record<string, number>;
  weighted_degree?: Record<string, number>;
  our_communities?: number;
  our_partition_is_valid?: boolean;
  our_modularity?: number;
  networkx_communities?: string[][];
  networkx_modularity?: number;
}

export async function networkxCheck(graphml: string): Promise<NetworkxReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-nx-'));
  const file = path.join(dir, 'graph.graphml');
  try {
    fs.writeFileSync(file, graphml);
    const { stdout } = await promisify(execFile)(
      'python3',
      [path.join(repoRoot, 'test', 'support', 'networkx_check.py'), file],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return JSON.parse(stdout) as NetworkxReport;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
