import type { CliCommand, OptionSpec } from './command';

const WIDTH = 80;

/** Words laid out in lines of at most `width` characters, each after `indent`. */
function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function optionName(option: OptionSpec): string {
  return option.value ? `--${option.name} ${option.value}` : `--${option.name}`;
}

/** `analytics <report> [--level ACTOR|SIDE] …`: the synopsis of one command. */
export function synopsis(command: CliCommand): string {
  return [
    command.name,
    ...command.positionals.map((p) => `<${p.name}>`),
    ...command.options.map((o) => (o.required ? optionName(o) : `[${optionName(o)}]`)),
  ].join(' ');
}

/** Two columns: the option (or argument) and what it does, the text wrapped under itself. */
function table(rows: [string, string][]): string[] {
  const column = Math.min(Math.max(...rows.map(([left]) => left.length)) + 4, 28);
  return rows.flatMap(([left, right]) => {
    const text = wrap(right, ' '.repeat(column));
    const head = `  ${left}`;
    if (head.length < column - 1) return [head.padEnd(column) + text[0].trimStart(), ...text.slice(1)];
    return [head, ...text];
  });
}

/** `peacegraph --help`. */
export function overviewHelp(commands: readonly CliCommand[]): string {
  return [
    'peacegraph: the graph of the Russia-Ukraine peace talks, from the command line',
    '',
    'usage: peacegraph <command> [options]',
    '       peacegraph help <command>    what the command does, and its options',
    '       peacegraph --version',
    '',
    'commands:',
    ...table(commands.map((command) => [command.name, command.summary])),
    '',
    ...wrap(
      'Commands that read or write the graph use the Neo4j that NEO4J_URI names, or else the embedded one ' +
        '(its store in NEO4J_EMBEDDED_HOME); the corpus is read from SEED_DIR. README.md lists every variable. ' +
        'Without the bin: node dist/src/cli.js <command>.',
      '',
    ),
  ].join('\n');
}

/** `peacegraph help <command>` and `peacegraph <command> --help`. */
export function commandHelp(command: CliCommand): string {
  const options: [string, string][] = [
    ...command.options.map((o): [string, string] => [optionName(o), o.help]),
    ['-h, --help', 'show this help'],
  ];
  return [
    `usage: peacegraph ${synopsis(command)}`,
    '',
    ...wrap(command.description, ''),
    ...(command.positionals.length > 0
      ? ['', 'arguments:', ...table(command.positionals.map((p): [string, string] => [`<${p.name}>`, p.help]))]
      : []),
    '',
    'options:',
    ...table(options),
  ].join('\n');
}
