import { COMMANDS } from '../../src/cli/commands';
import { CommandLine, parseCommandLine } from '../../src/cli/parse-command-line';
import { UsageError } from '../../src/cli/usage-error';

// The command line read without running anything: no database, no build.
const parse = (...argv: string[]): CommandLine => parseCommandLine(argv, COMMANDS);

function usageError(...argv: string[]): UsageError {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`peacegraph ${argv.join(' ')} was accepted`);
}

function optionsOf(...argv: string[]): unknown {
  const line = parse(...argv);
  if (line.action !== 'run') throw new Error(`peacegraph ${argv.join(' ')} gave ${line.action}, not a command to run`);
  expect(line.command.name).toBe(argv[0]);
  return line.options;
}

function helpText(...argv: string[]): string {
  const line = parse(...argv);
  if (line.action !== 'help') throw new Error(`peacegraph ${argv.join(' ')} gave ${line.action}, not help`);
  return line.text;
}

describe('peacegraph help', () => {
  it.each([['--help'], ['-h'], ['help']])('%s lists every command with its summary', (flag) => {
    const text = helpText(flag);
    expect(text).toMatch(/^usage: peacegraph <command> \[options\]$/m);
    for (const command of COMMANDS) expect(text).toMatch(new RegExp(`^  ${command.name} +\\S`, 'm'));
  });

  it.each(COMMANDS.map((command) => [command.name]))(
    'help %s, <command> --help and -h give the same text, naming every option',
    (name) => {
      const text = helpText('help', name);
      expect(helpText(name, '--help')).toBe(text);
      expect(helpText(name, '-h')).toBe(text);
      expect(text.split('\n')[0]).toMatch(new RegExp(`^usage: peacegraph ${name}\\b`));
      const command = COMMANDS.find((c) => c.name === name)!;
      for (const option of command.options) expect(text).toContain(`--${option.name}`);
      expect(text).toContain('-h, --help');
    },
  );

  it('--help wins over anything wrong beside it', () => {
    expect(helpText('seed', '--bogus', '--help')).toContain('usage: peacegraph seed');
  });

  it('shows required options outside brackets and the rest inside', () => {
    expect(helpText('help', 'export').split('\n')[0]).toBe(
      'usage: peacegraph export --format graphml|graphology|csv --out DIR [--graph full|influence|agreement] ' +
        '[--level ACTOR|SIDE] [--articles id,id] [--as-of YYYY[-MM[-DD]]]',
    );
  });

  it('--version asks for the version', () => {
    expect(parse('--version')).toEqual({ action: 'version' });
    expect(parse('-v')).toEqual({ action: 'version' });
  });
});

describe('peacegraph usage errors', () => {
  it('refuses an empty command line with the list of commands', () => {
    const error = usageError();
    expect(error.message).toMatch(/^name a command/);
    expect(error.message).toContain('commands:');
  });

  it('refuses an unknown command, naming the known ones', () => {
    const error = usageError('sed');
    expect(error.message).toBe(
      'unknown command "sed": use one of add-article, place-quotes, place-evidence, validate, seed, apply, export-annotations, counts, analytics, export, neo4j, draft',
    );
    expect(error.command).toBeUndefined();
  });

  it.each([
    [['--bogus'], /^unknown option --bogus/, undefined],
    [['help', 'sed'], /^unknown command "sed"/, undefined],
    [['help', 'seed', 'counts'], /^help takes one command/, undefined],
    [['seed', '--bogus'], /^seed: unknown option --bogus$/, 'seed'],
    [['seed', '-x'], /^seed: unknown option -x$/, 'seed'],
    [['seed', '--stream=yes'], /^seed: --stream takes no value$/, 'seed'],
    [['seed', '--stream', '--import'], /^seed: takes --stream or --import, not both$/, 'seed'],
    [['apply', '--server', 'http://localhost:4000'], /^apply: --server needs --key KEY/, 'apply'],
    [['export-annotations', '--out'], /^export-annotations: --out (needs|takes) a value/, 'export-annotations'],
    [['counts', 'everything'], /^counts: unexpected argument "everything"$/, 'counts'],
    [['validate', '--json'], /^validate: unknown option --json$/, 'validate'],
    [['analytics'], /^analytics: name a report: centrality, communities, /, 'analytics'],
    [['analytics', 'gossip'], /^analytics: name a report: centrality, .*; "gossip" is not one$/, 'analytics'],
    [['analytics', 'centrality', 'deadlocks'], /^analytics: unexpected argument "deadlocks"$/, 'analytics'],
    [
      ['analytics', 'centrality', '--level', 'PARTY'],
      /^analytics: --level must be ACTOR or SIDE, got PARTY$/,
      'analytics',
    ],
    [['analytics', 'centrality', '--level'], /^analytics: --level needs a value \(ACTOR\|SIDE\)$/, 'analytics'],
    [['export', '--out', 'x'], /^export: needs --format graphml\|graphology\|csv$/, 'export'],
    [['export', '--format', 'csv'], /^export: needs --out DIR$/, 'export'],
    [['export', '--format', '--out', 'x'], /^export: --format needs a value/, 'export'],
    [
      ['export', '--format', 'xml', '--out', 'x'],
      /^export: --format must be one of graphml\|graphology\|csv, got xml$/,
      'export',
    ],
    [
      ['export', '--format', 'csv', '--out', 'x', '--graph', 'all'],
      /^export: --graph must be one of full\|influence\|agreement, got all$/,
      'export',
    ],
  ] as const)('refuses %j: %s', (argv, message, command) => {
    const error = usageError(...argv);
    expect(error.message).toMatch(message);
    expect(error.command).toBe(command);
  });
});

describe('peacegraph command options', () => {
  it.each([
    [[], 'one-transaction'],
    [['--stream'], 'stream'],
    [['--import'], 'import'],
  ])('seed %j writes in %s mode', (flags, mode) => {
    expect(optionsOf('seed', ...flags)).toEqual({ mode });
  });

  it.each([['validate'], ['counts'], ['neo4j']])('%s takes no options', (name) => {
    expect(optionsOf(name)).toEqual({});
  });

  it('analytics reads its report, level (any case), id lists and --json', () => {
    expect(
      optionsOf(
        'analytics',
        'positions',
        '--level',
        'side',
        '--articles',
        'article-001, article-002',
        '--actors=actor-russia',
        '--as-of',
        '2022-12',
        '--json',
      ),
    ).toEqual({
      report: 'positions',
      level: 'SIDE',
      articles: ['article-001', 'article-002'],
      asOf: '2022-12',
      actors: ['actor-russia'],
      json: true,
    });
    expect(optionsOf('analytics', 'centrality')).toEqual({
      report: 'centrality',
      level: 'ACTOR',
      articles: null,
      asOf: null,
      actors: null,
      json: false,
    });
  });

  it('refuses an --as-of that is not a calendar date, naming it', () => {
    expect(() => optionsOf('analytics', 'centrality', '--as-of', '2022-02-30')).toThrow(
      '--as-of must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got 2022-02-30',
    );
    expect(() => optionsOf('analytics', 'centrality', '--as-of=last week')).toThrow('got last week');
  });

  it('export reads format and graph in any case, with --out given as --out=DIR too', () => {
    expect(optionsOf('export', '--format', 'GraphML', '--out=/tmp/graph', '--graph', 'influence')).toEqual({
      format: 'GRAPHML',
      graph: 'INFLUENCE',
      out: '/tmp/graph',
      level: 'ACTOR',
      articles: null,
      asOf: null,
    });
    expect(optionsOf('export', '--out', 'out', '--format', 'csv')).toMatchObject({ format: 'CSV', graph: 'FULL' });
  });

  it('takes a value that starts with a dash after = (an --out of "-x")', () => {
    expect(optionsOf('export', '--format', 'csv', '--out=-x')).toMatchObject({ out: '-x' });
  });
});
