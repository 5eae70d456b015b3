// Named queries specialised to the parameters a request gives. A list query
// takes every filter and paging option as a parameter; written as one text,
// Neo4j plans and runs every branch and every `$x IS NULL OR ...` test, and
// the whole text travels on every request. Lines between comment directives
//
//   // @if after || before || last
//   ...
//   // @else
//   ...
//   // @end
//
// are kept or dropped by what the parameters hold, so each request sends
// only the clauses that apply. The conditions read only whether a parameter
// is set (not null, not false) or equals a fixed word (`sort = 'DATE'`); the
// values themselves still travel as parameters, so the text never holds
// anything a client sent, and the variants are few (one per combination of
// conditions) and each keeps its own cached plan in Neo4j. A query without
// directives is its own single variant.
import type { Params } from './executor';

/** A condition of `@if` / `@elif`, already parsed. */
type Condition = (params: Params) => boolean;

type Part =
  { kind: 'text'; lines: string[] } | { kind: 'choice'; branches: { when: Condition | null; parts: Part[] }[] };

interface ParsedQuery {
  parts: Part[];
  conditions: Condition[];
  /** Each combination of conditions: its text. */
  variants: Map<string, string>;
}

const parsedCache = new Map<string, ParsedQuery>();

/** `text` with its directive blocks resolved for `params`; `name` only labels errors. */
export function specialiseQuery(text: string, params: Params, name = 'query'): string {
  let parsed = parsedCache.get(text);
  if (!parsed) {
    parsed = parseDirectives(text, name);
    parsedCache.set(text, parsed);
  }
  if (parsed.conditions.length === 0) return text;
  const key = parsed.conditions.map((condition) => (condition(params) ? '1' : '0')).join('');
  let variant = parsed.variants.get(key);
  if (variant === undefined) {
    variant = render(parsed.parts, params).join('\n');
    parsed.variants.set(key, variant);
  }
  return variant;
}

const DIRECTIVE = /^\s*\/\/\s*@(if|elif|else|end)\b(.*)$/;

function parseDirectives(text: string, name: string): ParsedQuery {
  const conditions: Condition[] = [];
  const root: Part[] = [];
  // The open blocks, innermost last: where lines go now.
  const stack: { choice: Extract<Part, { kind: 'choice' }>; line: number }[] = [];
  const target = (): Part[] => (stack.length ? stack[stack.length - 1].choice.branches.at(-1)!.parts : root);
  const fail = (line: number, why: string): never => {
    throw new Error(`Named query ${name}, line ${line}: ${why}`);
  };

  text.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    const directive = DIRECTIVE.exec(line);
    if (!directive) {
      const parts = target();
      const last = parts.at(-1);
      if (last?.kind === 'text') last.lines.push(line);
      else parts.push({ kind: 'text', lines: [line] });
      return;
    }
    const [, verb, rest] = directive;
    const open = stack.at(-1);
    if (verb === 'if') {
      const choice: Extract<Part, { kind: 'choice' }> = { kind: 'choice', branches: [] };
      target().push(choice);
      choice.branches.push({ when: parseCondition(rest, (why) => fail(lineNumber, why), conditions), parts: [] });
      stack.push({ choice, line: lineNumber });
    } else if (!open) {
      fail(lineNumber, `@${verb} without an open @if`);
    } else if (verb === 'end') {
      stack.pop();
    } else if (open.choice.branches.at(-1)!.when === null) {
      fail(lineNumber, `@${verb} after @else (the @if is on line ${open.line})`);
    } else if (verb === 'elif') {
      open.choice.branches.push({ when: parseCondition(rest, (why) => fail(lineNumber, why), conditions), parts: [] });
    } else if (verb === 'else') {
      if (rest.trim()) fail(lineNumber, '@else takes no condition');
      open.choice.branches.push({ when: null, parts: [] });
    }
  });
  if (stack.length) fail(stack.at(-1)!.line, '@if without @end');
  return { parts: root, conditions, variants: new Map() };
}

function render(parts: Part[], params: Params): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    if (part.kind === 'text') {
      lines.push(...part.lines);
    } else {
      const taken = part.branches.find((branch) => branch.when === null || branch.when(params));
      if (taken) lines.push(...render(taken.parts, params));
    }
  }
  return lines;
}

/** A parameter counts as set when it holds a value other than null or false. */
function isSet(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}

// condition := or;  or := and ('||' and)*;  and := unary ('&&' unary)*;
// unary := '!' unary | '(' or ')' | name ("=" "'" word "'")?
const TOKEN = /\s*(\|\||&&|!|\(|\)|=|'[A-Z_a-z0-9]*'|[A-Za-z_][A-Za-z0-9_]*)/y;

function parseCondition(source: string, fail: (why: string) => never, all: Condition[]): Condition {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = source.trimEnd();
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) fail(`cannot read the condition at "${text.slice(at).trim()}"`);
    tokens.push(match![1]);
  }
  if (tokens.length === 0) fail('@if needs a condition');
  let position = 0;
  const peek = () => tokens[position];
  const take = (expected?: string) => {
    const token = tokens[position++];
    if (token === undefined || (expected && token !== expected))
      fail(`expected ${expected ?? 'more'} in "${text.trim()}"`);
    return token;
  };

  const or = (): Condition => {
    let left = and();
    while (peek() === '||') {
      take();
      const l = left;
      const r = and();
      left = (p) => l(p) || r(p);
    }
    return left;
  };
  const and = (): Condition => {
    let left = unary();
    while (peek() === '&&') {
      take();
      const l = left;
      const r = unary();
      left = (p) => l(p) && r(p);
    }
    return left;
  };
  const unary = (): Condition => {
    const token = take();
    if (token === '!') {
      const inner = unary();
      return (p) => !inner(p);
    }
    if (token === '(') {
      const inner = or();
      take(')');
      return inner;
    }
    if (!/^[A-Za-z_]/.test(token)) fail(`unexpected "${token}" in "${text.trim()}"`);
    if (peek() === '=') {
      take();
      const literal = take();
      if (!literal.startsWith("'")) fail(`expected a quoted word after "${token} =" in "${text.trim()}"`);
      const word = literal.slice(1, -1);
      return (p) => p[token] === word;
    }
    return (p) => isSet(p[token]);
  };

  const condition = or();
  if (position < tokens.length) fail(`unexpected "${tokens[position]}" in "${text.trim()}"`);
  all.push(condition);
  return condition;
}
