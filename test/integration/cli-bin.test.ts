import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../src/config';

// The `peacegraph` bin as npx runs it (package.json "bin" → bin/peacegraph.js
// → dist/src/cli.js, built by `npm test` before jest runs): output and exit
// codes, 0 for help, 2 for a command line that makes no sense. No database.
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
const bin = path.join(repoRoot, manifest.bin.peacegraph);

function peacegraph(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the peacegraph bin', () => {
  it('is declared in package.json and is an executable node script', () => {
    expect(manifest.bin.peacegraph).toBe('bin/peacegraph.js');
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('prints the command list on --help and exits 0', () => {
    const { status, stdout, stderr } = peacegraph('--help');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^usage: peacegraph <command> \[options\]$/m);
    for (const name of ['validate', 'seed', 'counts', 'analytics', 'export', 'neo4j']) {
      expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('prints a command help on help <command> and exits 0', () => {
    const { status, stdout } = peacegraph('help', 'seed');
    expect(status).toBe(0);
    expect(stdout).toContain('usage: peacegraph seed [--stream] [--import]');
  });

  it('prints the version of package.json', () => {
    const { status, stdout } = peacegraph('--version');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(manifest.version);
  });

  it.each([
    [['frobnicate'], 'peacegraph: unknown command "frobnicate"', 'Run "peacegraph --help" for the commands.'],
    [['seed', '--fast'], 'peacegraph: seed: unknown option --fast', 'Run "peacegraph help seed" for its options.'],
    [
      ['export', '--format', 'pdf', '--out', 'x'],
      'peacegraph: export: --format must be one of',
      'Run "peacegraph help export"',
    ],
    [[], 'peacegraph: name a command', 'commands:'],
  ])('refuses %j on stderr with exit code 2, before touching any database', (args, message, hint) => {
    const { status, stdout, stderr } = peacegraph(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain(hint);
  });

  it('place-evidence writes the offsets of evidence given by its text, in a copy of the seed files', () => {
    const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-place-evidence-'));
    try {
      fs.cpSync(path.join(repoRoot, 'seed'), seedDir, { recursive: true });
      const name = fs
        .readdirSync(path.join(seedDir, 'annotations'))
        .filter((file) => !file.startsWith('_'))
        .sort()[0];
      const file = path.join(seedDir, 'annotations', name);
      const text = fs.readFileSync(path.join(seedDir, 'articles', name.replace(/\.yaml$/, '.txt')), 'utf8');
      const original = fs.readFileSync(file, 'utf8');
      // The first evidence span written as its text, as an annotator would.
      const span = /evidence: \{ start: (\d+), end: (\d+) \}/.exec(original)!;
      const asText = `evidence: { text: ${JSON.stringify(text.slice(Number(span[1]), Number(span[2])))} }`;
      fs.writeFileSync(file, original.replace(span[0], asText));
      const result = spawnSync(process.execPath, [bin, 'place-evidence', file], {
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent', SEED_DIR: seedDir },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('1 evidence spans placed');
      expect(fs.readFileSync(file, 'utf8')).toBe(original);
    } finally {
      fs.rmSync(seedDir, { recursive: true, force: true });
    }
  });

  it('says to run npm run build when the compiled CLI is missing', () => {
    const unbuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-unbuilt-'));
    try {
      fs.mkdirSync(path.join(unbuilt, 'bin'));
      fs.copyFileSync(bin, path.join(unbuilt, 'bin', 'peacegraph.js'));
      const result = spawnSync(process.execPath, [path.join(unbuilt, 'bin', 'peacegraph.js'), '--help'], {
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('dist/src/cli.js) is missing: run `npm run build`');
    } finally {
      fs.rmSync(unbuilt, { recursive: true, force: true });
    }
  });
});
