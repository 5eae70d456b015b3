import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COMMANDS } from '../../src/cli/commands';
import { draftCommand } from '../../src/cli/commands/draft';
import { parseCommandLine } from '../../src/cli/parse-command-line';
import { UsageError } from '../../src/cli/usage-error';
import { createLogger } from '../../src/logger';

const HELD_OUT = path.join(__dirname, '..', '..', 'bench', 'draft-holdout', 'articles', '901_c4e2a81f6b3d9057.txt');

function usageError(...argv: string[]): UsageError {
  try {
    parseCommandLine(argv, COMMANDS);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`peacegraph ${argv.join(' ')} was accepted`);
}

describe('peacegraph draft', () => {
  it('refuses a missing article, a second one, and a date that is not a day, pointing to its help', () => {
    expect(usageError('draft').message).toBe('draft: name the article to draft, e.g. peacegraph draft article.txt');
    expect(usageError('draft', 'a.txt', 'b.txt').message).toBe('draft: unexpected argument "b.txt"');
    const badDate = usageError('draft', 'a.txt', '--date', '2025-02-30');
    expect(badDate.message).toBe('draft: --date must be a day written YYYY-MM-DD, got 2025-02-30');
    expect(badDate.command).toBe('draft');
  });

  it('has a help that names its options', () => {
    const line = parseCommandLine(['draft', '--help'], COMMANDS);
    expect(line.action).toBe('help');
    if (line.action === 'help')
      expect(line.text).toContain('usage: peacegraph draft <article.txt> [--date YYYY-MM-DD] [--out FILE] [--json]');
  });

  it('writes a draft with its suggestions as comments to --out, or as JSON beside the annotation', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peacegraph-draft-'));
    try {
      const logger = createLogger('silent', 'test');
      const yamlFile = path.join(dir, 'draft.yaml');
      await draftCommand.run({ article: HELD_OUT, date: null, out: yamlFile, json: false }, logger);
      const yaml = readFileSync(yamlFile, 'utf8');
      expect(yaml).toMatch(/^# Drafted from .*901_c4e2a81f6b3d9057\.txt/);
      expect(yaml).toContain('value: "2025-06-04"');
      const annotation = parseYaml(yaml);
      expect(annotation.article).toMatchObject({ id: 'article-901', file: '901_c4e2a81f6b3d9057.txt' });

      const jsonFile = path.join(dir, 'draft.json');
      await draftCommand.run({ article: HELD_OUT, date: null, out: jsonFile, json: true }, logger);
      const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
      expect(json.annotation).toEqual(annotation);
      expect(Object.keys(json.suggestions)).toEqual(
        expect.arrayContaining(['article.published', 'statements[0].speaker']),
      );
      expect(json.sentences.length).toBeGreaterThan(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
